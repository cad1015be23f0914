/**
 * `npm run kiosk`: run as an operator runs it, for real kiosks of the default edition; each file it
 * writes is read back (the URL, Chromium's switches, the policy, the unit, the scripts), and its
 * errors leave nothing behind.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEdition, ROOT, SCENES } from '../tools/edition/read.ts';
import { chromiumArgs, kioskUrl } from '../tools/kiosk/files.ts';

const edition = (JSON.parse(fs.readFileSync(path.join(SCENES, 'editions.json'), 'utf8')) as { default: string }).default;
const kiosks = readEdition(path.join(SCENES, edition)).extras!.kiosks;
const landscape = kiosks.find((k) => k.orientation === 'landscape')!;
const portrait = kiosks.find((k) => k.orientation === 'portrait')!;
const BASE = 'https://visite.jpo.example/';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-tool-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the command as `npm run kiosk -- …` does. */
function kiosk(...args: string[]) {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'tools/kiosk.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('npm run kiosk for a real kiosk', () => {
  const out = path.join(tmp, landscape.id);
  const run = kiosk('--id', landscape.id, '--base', BASE, '--out', out);

  it('writes every file, scripts executable, and says where each goes', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(
      ['install.sh', 'jpo-kiosk.json', 'jpo-kiosk.service', 'kiosk-browser.sh', 'kiosk-health.sh', 'kiosk.env'].sort(),
    );
    for (const s of ['install.sh', 'kiosk-browser.sh', 'kiosk-health.sh']) {
      expect(fs.statSync(path.join(out, s)).mode & 0o111, s).toBe(0o111);
      // Valid shell.
      expect(spawnSync('sh', ['-n', path.join(out, s)]).status, s).toBe(0);
    }
    expect(run.stdout).toContain('/etc/chromium/policies/managed/jpo-kiosk.json');
    expect(run.stdout).toContain('~/.config/systemd/user/jpo-kiosk.service');
    expect(run.stdout).toContain(`${BASE}?kiosk=${landscape.id}`);
    // Nothing left over from the all-or-nothing write.
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('points the kiosk at its own URL, the edition only when it is not the default', () => {
    const env = read(out, 'kiosk.env');
    expect(env).toContain(`KIOSK_URL='${BASE}?kiosk=${landscape.id}'`);
    expect(env).toContain(`KIOSK_ORIGIN='https://visite.jpo.example'`);
    expect(env).toContain(`KIOSK_WINDOW_SIZE='1920,1080'`);
    // The profile persists in the user's home, never a temporary folder.
    expect(env).toMatch(/^KIOSK_PROFILE="\$HOME\/\.local\/share\/jpo-kiosk\/chromium"$/m);
    expect(kioskUrl({ kiosk: landscape, edition: 'jpo-2025-x', defaultEdition: edition, base: BASE })).toBe(
      `${BASE}?edition=jpo-2025-x&kiosk=${landscape.id}`,
    );
  });

  it('starts Chromium locked to the visit: kiosk, no dialogs, no pinch, no swipe back, autoplay, a kept profile', () => {
    const sh = read(out, 'kiosk-browser.sh');
    for (const flag of [
      '--kiosk',
      '--noerrdialogs',
      '--disable-pinch',
      '--overscroll-history-navigation=0',
      '--autoplay-policy=no-user-gesture-required',
      '--user-data-dir="$KIOSK_PROFILE"',
      '--no-first-run',
      '--window-size=1920,1080',
    ])
      expect(sh).toContain(`  ${flag} \\\n`);
    expect(sh).not.toMatch(/incognito|guest/);
    expect(sh).toMatch(/"\$KIOSK_URL"\n$/);
    expect(sh).toContain('. /opt/jpo-kiosk/kiosk.env');
  });

  it('blocks every site but the visit and takes the browser tools away', () => {
    const policy = JSON.parse(read(out, 'jpo-kiosk.json')) as Record<string, unknown>;
    expect(policy.URLBlocklist).toEqual(['*']);
    expect(policy.URLAllowlist).toEqual(['https://visite.jpo.example']);
    expect(policy).toMatchObject({
      DeveloperToolsAvailability: 2,
      IncognitoModeAvailability: 1,
      DownloadRestrictions: 3,
      BrowserSignin: 0,
      PasswordManagerEnabled: false,
      TranslateEnabled: false,
      AutoplayAllowed: true,
    });
  });

  it('restarts the browser whenever it stops, in the graphical session', () => {
    const unit = read(out, 'jpo-kiosk.service');
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^StartLimitIntervalSec=0$/m);
    expect(unit).toMatch(/^After=graphical-session\.target$/m);
    expect(unit).toMatch(/^WantedBy=graphical-session\.target$/m);
    expect(unit).toMatch(/^ExecStart=\/opt\/jpo-kiosk\/kiosk-browser\.sh$/m);
    // systemd itself reads it without a complaint (its script pointed at the written one).
    if (fs.existsSync('/usr/bin/systemd-analyze')) {
      const copy = path.join(tmp, 'jpo-kiosk.service');
      fs.writeFileSync(copy, unit.replace('/opt/jpo-kiosk', out));
      const v = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' });
      expect(v.stderr).toBe('');
      expect(v.status).toBe(0);
    }
  });

  it('checks health: the service, the server, the offline copy', () => {
    const h = read(out, 'kiosk-health.sh');
    expect(h).toContain('systemctl --user is-active --quiet jpo-kiosk.service');
    expect(h).toContain('curl -fsS -o /dev/null --max-time 10 "$KIOSK_URL"');
    expect(h).toContain('Service Worker/CacheStorage');
  });
});

describe('npm run kiosk for a portrait kiosk, against the local preview', () => {
  const out = path.join(tmp, portrait.id);
  const run = kiosk('--id', portrait.id, '--preview', '--out', out);

  it('opens an upright window on the preview, and says it is the preview', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--preview: the kiosk loads http://127.0.0.1:4173/');
    expect(read(out, 'kiosk.env')).toContain(`KIOSK_URL='http://127.0.0.1:4173/?kiosk=${portrait.id}'`);
    expect(read(out, 'kiosk-browser.sh')).toContain('--window-size=1080,1920 \\');
    expect(JSON.parse(read(out, 'jpo-kiosk.json')).URLAllowlist).toEqual(['http://127.0.0.1:4173']);
  });
});

describe('npm run kiosk refuses, and writes nothing', () => {
  it('an unknown kiosk, naming the file and the kiosks there are', () => {
    const out = path.join(tmp, 'nope');
    const r = kiosk('--id', 'nope', '--base', BASE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`no kiosk "nope" in scenes/${edition}/kiosks.json`);
    for (const k of kiosks) expect(r.stderr).toContain(k.id);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('no --base (a kiosk must not guess its server)', () => {
    const out = path.join(tmp, 'no-base');
    const r = kiosk('--id', landscape.id, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--base <url> is required');
    expect(r.stderr).toContain('--preview');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a plain-http server on the network (no service worker, so no offline copy)', () => {
    const out = path.join(tmp, 'http');
    const r = kiosk('--id', landscape.id, '--base', 'http://192.168.1.20/', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--base must be https://');
    expect(fs.existsSync(out)).toBe(false);
  });
});

/** Debian's Chromium, the browser docs/kiosk.md installs (the one the browser tests use too). */
const CHROMIUM = '/usr/lib/chromium/chromium';

describe.runIf(fs.existsSync(CHROMIUM))("Debian's Chromium", () => {
  it('has every switch the launcher passes', () => {
    const bin = fs.readFileSync(CHROMIUM);
    const printable = (b: number | undefined) => b !== undefined && b >= 0x20 && b < 0x7f;
    // A switch is a string constant of the binary: its name with no printable byte either side.
    const hasSwitch = (name: string) => {
      for (let i = bin.indexOf(name); i >= 0; i = bin.indexOf(name, i + 1))
        if (!printable(bin[i - 1]) && !printable(bin[i + name.length])) return true;
      return false;
    };
    const missing = chromiumArgs(landscape)
      .map((a) => a.replace(/^--/, '').replace(/=.*$/, ''))
      .filter((name) => !hasSwitch(name));
    expect(missing).toEqual([]);
    // The check itself tells a switch Chromium does not have.
    expect(hasSwitch('disable-session-crashed-bubble')).toBe(false);
  });
});
