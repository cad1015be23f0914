/** Launching Debian's Chromium for the browser tests, the bench and the media: software WebGL, and a network that stays home. */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser binary: $CHROMIUM_PATH, else the usual places; a clear message when there is none. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary. `.ci/run` installs it on a bare machine.',
    );
  return found;
}

/** Flags that give WebGL2 through SwiftShader and keep Chromium from calling any other host. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-dev-shm-usage',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export interface LaunchOptions {
  /** Start without WebGL at all (for the 2D fallback). */
  noWebGL?: boolean;
}

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const args = options.noWebGL
    ? [...CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader')), '--disable-webgl', '--disable-3d-apis']
    : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args });
}
