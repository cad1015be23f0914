/** Serving the production build on a free local port with `vite preview`, and stopping it. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `vite preview` on dist/ (which must exist: `npm run build`), or on another build folder
 * (relative to the repository or absolute; `VISIT_DIST` picks one for the browser suite, so a build
 * made elsewhere can be tested while dist/ is in use). A build made for a sub-path is served under
 * `base` (the same value the build had in VISIT_BASE); the returned URL ends with it.
 */
export async function startPreview(dist = process.env.VISIT_DIST || 'dist', base = '/'): Promise<Server> {
  dist = path.resolve(ROOT, dist);
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error(`${dist}/index.html not found: run \`npm run build\` before the browser tests`);
  const port = await freePort();
  // Run vite's own script with node, so stopping the child stops the server (no npx wrapper).
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      dist,
    ],
    // A build made for a sub-path (VISIT_BASE=/jpo/) is served under it, as vite.config.ts reads it.
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VISIT_BASE: base } },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`vite preview did not start on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
