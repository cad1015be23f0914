/**
 * The files that make a Debian machine one kiosk of the visit (`npm run kiosk`, tools/kiosk.ts): its
 * settings, the Chromium launcher, the systemd user unit that keeps it running, the managed policy
 * that keeps it on the visit, a health check and the installer. Pure text from the kiosk's data;
 * docs/kiosk.md explains each one to the operator.
 */
import type { Kiosk } from '../../src/edition/schema.ts';

/** Where the installer puts the files on the kiosk machine. */
export const INSTALL_DIR = '/opt/jpo-kiosk';
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const UNIT = 'jpo-kiosk.service';
export const POLICY_FILE = 'jpo-kiosk.json';

export interface KioskTarget {
  kiosk: Kiosk;
  edition: string;
  /** The edition a URL without `?edition=` opens (scenes/editions.json). */
  defaultEdition: string;
  /** Where the built visit is served, e.g. https://visit.example/. */
  base: string;
}

export interface KioskFile {
  name: string;
  content: string;
  /** Executable scripts are 0755, the rest 0644. */
  executable: boolean;
  /** Where install.sh puts it on the kiosk (~ is the kiosk user's home). */
  installedAs: string;
}

/** The kiosk's start URL: the visit with `?kiosk=<id>`, and the edition when it is not the default. */
export function kioskUrl(t: Pick<KioskTarget, 'kiosk' | 'edition' | 'defaultEdition' | 'base'>): string {
  const url = new URL(t.base);
  if (t.edition !== t.defaultEdition) url.searchParams.set('edition', t.edition);
  url.searchParams.set('kiosk', t.kiosk.id);
  return url.href;
}

/** The window Chromium opens before going full screen: the screen as the OS presents it, rotated or not. */
export function windowSize(kiosk: Kiosk): [number, number] {
  return kiosk.orientation === 'portrait' ? [1080, 1920] : [1920, 1080];
}

/**
 * Chromium's command line, after the binary and before the URL; each switch checked against the
 * strings of Debian's Chromium 156. `$KIOSK_PROFILE` is expanded by the launcher's shell.
 */
export function chromiumArgs(kiosk: Kiosk): string[] {
  const [w, h] = windowSize(kiosk);
  return [
    // Full screen, no address bar, no tabs, no way to leave the window.
    '--kiosk',
    // No crash or error dialogs for a visitor to read or dismiss.
    '--noerrdialogs',
    // After a power cut: no "Restore pages?" bubble.
    '--hide-crash-restore-bubble',
    // Pinch zooms the page, not the 3D view; a two-finger swipe would go back in history.
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    // The attract loop and stand videos start without a tap.
    '--autoplay-policy=no-user-gesture-required',
    // A persistent profile (never --incognito): it holds the offline cache and the service worker.
    '--user-data-dir=$KIOSK_PROFILE',
    '--no-first-run',
    // No "update Chromium" bubble when apt upgrades the package under a running browser.
    '--check-for-update-interval=31536000',
    // No keyring password prompt at start.
    '--password-store=basic',
    '--touch-events=enabled',
    '--window-position=0,0',
    `--window-size=${w},${h}`,
  ];
}

/** Chromium's managed policy: nothing but the visit's origin, no tools, downloads, sign-in or prompts. */
export function policy(origin: string): Record<string, unknown> {
  return {
    URLBlocklist: ['*'],
    URLAllowlist: [origin],
    DeveloperToolsAvailability: 2,
    DownloadRestrictions: 3,
    IncognitoModeAvailability: 1,
    BrowserGuestModeEnabled: false,
    BrowserAddPersonEnabled: false,
    BrowserSignin: 0,
    SyncDisabled: true,
    PasswordManagerEnabled: false,
    AutofillAddressEnabled: false,
    AutofillCreditCardEnabled: false,
    TranslateEnabled: false,
    SpellcheckEnabled: false,
    SearchSuggestEnabled: false,
    AutoplayAllowed: true,
    PrintingEnabled: false,
    AllowFileSelectionDialogs: false,
    BookmarkBarEnabled: false,
    DefaultPopupsSetting: 2,
    DefaultNotificationsSetting: 2,
    DefaultGeolocationSetting: 2,
    TaskManagerEndProcessEnabled: false,
    DefaultBrowserSettingEnabled: false,
    BackgroundModeEnabled: false,
    MetricsReportingEnabled: false,
    PromotionalTabsEnabled: false,
    CommandLineFlagSecurityWarningsEnabled: false,
    HardwareAccelerationModeEnabled: true,
  };
}

/** A value for a shell file, single-quoted (URLs hold `?` and `&`). */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function env(t: KioskTarget, url: string): string {
  const [w, h] = windowSize(t.kiosk);
  return [
    `# Kiosk "${t.kiosk.id}" of ${t.edition}: ${t.kiosk.name.en}.`,
    `# Written by \`npm run kiosk -- --id ${t.kiosk.id}\`: write it again rather than editing it here.`,
    `KIOSK_ID=${sq(t.kiosk.id)}`,
    `KIOSK_EDITION=${sq(t.edition)}`,
    `KIOSK_URL=${sq(url)}`,
    `KIOSK_ORIGIN=${sq(new URL(url).origin)}`,
    `KIOSK_ORIENTATION=${sq(t.kiosk.orientation)}`,
    `KIOSK_WINDOW_SIZE=${sq(`${w},${h}`)}`,
    '# The browser profile: keep it across restarts, it holds the offline copy of the visit.',
    'KIOSK_PROFILE="$HOME/.local/share/jpo-kiosk/chromium"',
    'KIOSK_CHROMIUM=/usr/bin/chromium',
    '',
  ].join('\n');
}

function launcher(t: KioskTarget): string {
  return [
    '#!/bin/sh',
    `# Starts Chromium as kiosk "${t.kiosk.id}". Run by ${UNIT}; written by \`npm run kiosk\`.`,
    'set -eu',
    `. ${INSTALL_DIR}/kiosk.env`,
    'mkdir -p "$KIOSK_PROFILE"',
    '# A power cut leaves the profile marked as crashed: mark it closed cleanly, so nothing asks to restore.',
    'prefs="$KIOSK_PROFILE/Default/Preferences"',
    'if [ -f "$prefs" ]; then',
    `  sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"[^"]*"/"exit_type":"Normal"/' "$prefs"`,
    'fi',
    'exec "$KIOSK_CHROMIUM" \\',
    ...chromiumArgs(t.kiosk).map((a) => `  ${a.replace('$KIOSK_PROFILE', '"$KIOSK_PROFILE"')} \\`),
    '  "$KIOSK_URL"',
    '',
  ].join('\n');
}

function unit(t: KioskTarget): string {
  return [
    '[Unit]',
    `Description=JPO visit kiosk "${t.kiosk.id}" (Chromium)`,
    'PartOf=graphical-session.target',
    'After=graphical-session.target',
    '# Never give up restarting, however often the browser dies.',
    'StartLimitIntervalSec=0',
    '',
    '[Service]',
    'Type=simple',
    `ExecStart=${INSTALL_DIR}/kiosk-browser.sh`,
    'Restart=always',
    'RestartSec=3',
    '',
    '[Install]',
    'WantedBy=graphical-session.target',
    '',
  ].join('\n');
}

function health(t: KioskTarget): string {
  return [
    '#!/bin/sh',
    `# Is kiosk "${t.kiosk.id}" healthy? One line a check; exits 1 when the kiosk needs someone.`,
    `# Run as the kiosk user: ${INSTALL_DIR}/kiosk-health.sh`,
    'set -u',
    `. ${INSTALL_DIR}/kiosk.env`,
    'status=0',
    `if systemctl --user is-active --quiet ${UNIT}; then`,
    `  echo "ok    browser running (restarted $(systemctl --user show -p NRestarts --value ${UNIT}) times since login)"`,
    'else',
    `  echo "FAIL  browser not running: journalctl --user -u ${UNIT} -n 50"`,
    '  status=1',
    'fi',
    'if curl -fsS -o /dev/null --max-time 10 "$KIOSK_URL"; then',
    '  echo "ok    server answers $KIOSK_URL"',
    'else',
    '  echo "warn  server does not answer $KIOSK_URL: the kiosk runs from its offline copy, updates wait"',
    'fi',
    'cache="$KIOSK_PROFILE/Default/Service Worker/CacheStorage"',
    'if [ -d "$cache" ] && [ -n "$(ls -A "$cache")" ]; then',
    '  echo "ok    offline copy $(du -sh "$cache" | cut -f1)"',
    'else',
    '  echo "FAIL  no offline copy yet: start the kiosk once with the network up (docs/kiosk.md)"',
    '  status=1',
    'fi',
    'exit $status',
    '',
  ].join('\n');
}

function installer(t: KioskTarget): string {
  return [
    '#!/bin/sh',
    `# Installs kiosk "${t.kiosk.id}" on this machine. Run as root from this folder: sudo sh install.sh [kiosk-user]`,
    'set -eu',
    'here=$(cd "$(dirname "$0")" && pwd)',
    'user=${1:-kiosk}',
    'home=$(getent passwd "$user" | cut -d: -f6)',
    '[ -n "$home" ] || { echo "install.sh: no user $user (adduser $user first)" >&2; exit 1; }',
    `install -d ${INSTALL_DIR} ${POLICY_DIR}`,
    `install -m 0644 "$here/kiosk.env" ${INSTALL_DIR}/kiosk.env`,
    `install -m 0755 "$here/kiosk-browser.sh" "$here/kiosk-health.sh" ${INSTALL_DIR}/`,
    `install -m 0644 "$here/${POLICY_FILE}" ${POLICY_DIR}/${POLICY_FILE}`,
    'runuser -u "$user" -- mkdir -p "$home/.config/systemd/user"',
    `install -m 0644 -o "$user" "$here/${UNIT}" "$home/.config/systemd/user/${UNIT}"`,
    '# The user manager starts at boot, not at the first login by hand.',
    'loginctl enable-linger "$user"',
    `echo "installed. As $user, in the desktop session: systemctl --user daemon-reload && systemctl --user enable --now ${UNIT}"`,
    '',
  ].join('\n');
}

/** Every file of one kiosk, in the order the tool lists them. */
export function kioskFiles(t: KioskTarget): KioskFile[] {
  const url = kioskUrl(t);
  const origin = new URL(url).origin;
  return [
    { name: 'kiosk.env', content: env(t, url), executable: false, installedAs: `${INSTALL_DIR}/kiosk.env` },
    { name: 'kiosk-browser.sh', content: launcher(t), executable: true, installedAs: `${INSTALL_DIR}/kiosk-browser.sh` },
    { name: UNIT, content: unit(t), executable: false, installedAs: `~/.config/systemd/user/${UNIT}` },
    {
      name: POLICY_FILE,
      content: `${JSON.stringify(policy(origin), null, 2)}\n`,
      executable: false,
      installedAs: `${POLICY_DIR}/${POLICY_FILE}`,
    },
    { name: 'kiosk-health.sh', content: health(t), executable: true, installedAs: `${INSTALL_DIR}/kiosk-health.sh` },
    { name: 'install.sh', content: installer(t), executable: true, installedAs: '(run once from this folder)' },
  ];
}
