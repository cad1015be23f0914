/**
 * Debian's nginx started by a test, as the current user, on loopback, with the repository's
 * deploy/nginx/ folder linked in as a deployer installs it (/etc/nginx/jpo/), and raw HTTP to it
 * (node:http: nothing decompressed or followed behind the test's back). Used by
 * tests/deploy-nginx.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort, ROOT } from '../tools/browser/server.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const MODULES = '/etc/nginx/modules-enabled';
export const INSTALL = 'apt-get install nginx libnginx-mod-http-brotli-static';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function get(port: number, url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: url, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

export interface Nginx {
  /** The folder of the generated nginx.conf, logs and temp files (removed by stop()). */
  dir: string;
  /** One port per server body given to start. */
  ports: number[];
  stop(): Promise<void>;
}

/**
 * Starts nginx with one `server {}` per body that `setup` returns (each gets `listen 127.0.0.1:<port>;`
 * first) inside an `http {}` that has Debian's mime.types and the repository's types.conf. `setup` is
 * given nginx's folder and may lay out files there (a site's own root, say). Stops what it started
 * if the start fails.
 */
export async function startNginx(setup: (dir: string) => string[]): Promise<Nginx> {
  if (!NGINX || !fs.existsSync(path.join(MODULES, '50-mod-http-brotli-static.conf')))
    throw new Error(`nginx with its brotli module is missing: ${INSTALL}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'visit-nginx-'));
  fs.chmodSync(dir, 0o755);
  // The repository's files as a deployer installs them (/etc/nginx/jpo/): linked, not copied.
  fs.symlinkSync(path.join(ROOT, 'deploy/nginx'), path.join(dir, 'jpo'));
  // Debian's module files name `modules/…` relative to the prefix, /usr/share/nginx there.
  fs.symlinkSync('/usr/lib/nginx/modules', path.join(dir, 'modules'));
  const servers = setup(dir);
  const ports: number[] = [];
  for (const _ of servers) ports.push(await freePort());
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      // Workers as root when the test is (CI): nobody could not read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      `include ${MODULES}/*.conf;`,
      'worker_processes 1;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  include jpo/types.conf;',
      // As Debian's nginx.conf: the repository's files must turn on-the-fly compression off themselves.
      '  gzip on;',
      `  access_log off; ${temp}`,
      ...servers.map((body, i) => `  server {\n    listen 127.0.0.1:${ports[i]};\n    ${body}\n  }`),
      '}',
    ].join('\n'),
  );
  let log = '';
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d) => (log += String(d)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      const hard = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(hard);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await Promise.all(ports.map((p) => get(p, '/')));
      return { dir, ports, stop };
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        const errors = path.join(dir, 'error.log');
        const why = `nginx did not start:\n${log}\n${fs.existsSync(errors) ? fs.readFileSync(errors, 'utf8') : ''}`;
        await stop();
        throw new Error(why);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The files of a build, relative, sorted, without the precompressed copies. */
export function buildFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...buildFiles(dir, p));
    else if (!/\.(br|gz)$/.test(p)) out.push(p);
  }
  return out.sort();
}
