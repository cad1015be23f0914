/**
 * The web servers' files say what deploy/headers.ts says: nginx's security-headers.conf and jpo.conf's
 * cache rules, and the static hosts' `_headers`. A change to the policy in one place fails here until
 * the others follow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, securityHeaders } from '../deploy/headers.ts';
import { ROOT } from '../tools/browser/server.ts';

const read = (f: string) => fs.readFileSync(path.join(ROOT, 'deploy', f), 'utf8');
const noComments = (text: string) => text.replace(/^\s*#.*$/gm, '');

/** `add_header Name "value" always;` lines of an nginx file, as name → value. */
function nginxHeaders(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of noComments(text).matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/g)) out[m[1]!] = m[2]!;
  return out;
}

/** The rules of a `_headers` file: path → headers. */
function hostHeaders(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  for (const line of noComments(text).split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else {
      const at = line.indexOf(':');
      current![line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

describe('the servers carry the headers of deploy/headers.ts', () => {
  it("nginx's security-headers.conf: exactly the security headers, each `always`", () => {
    const text = read('nginx/security-headers.conf');
    expect(nginxHeaders(text)).toEqual(securityHeaders());
    // Every add_header line was read (none without `always`, none malformed).
    expect(noComments(text).match(/add_header/g)).toHaveLength(Object.keys(securityHeaders()).length);
  });

  it("nginx's jpo.conf: every location repeats the security headers and sets the cache rule of its files", () => {
    const text = noComments(read('nginx/jpo.conf'));
    const locations = [...text.matchAll(/location\s+([^{]+)\{([^}]*)\}/g)].map((m) => ({ where: m[1]!.trim(), body: m[2]! }));
    expect(locations.length).toBeGreaterThanOrEqual(3);
    const cache: Record<string, string> = {};
    for (const l of locations) {
      expect([l.where, l.body.includes('include jpo/security-headers.conf;')]).toEqual([l.where, true]);
      cache[l.where] = nginxHeaders(l.body)['Cache-Control']!;
    }
    expect(cache['~ "/assets/[^/]+$"']).toBe(CACHE_IMMUTABLE);
    expect(cache['/']).toBe(CACHE_REVALIDATE);
    // No fallback to index.html: a missing file is a 404.
    expect(text).not.toMatch(/try_files[^;]*index\.html/);
  });

  it('_headers: the security headers on every path, the immutable cache on assets/', () => {
    const rules = hostHeaders(read('_headers'));
    expect(rules).toEqual({ '/*': securityHeaders(), '/assets/*': { 'Cache-Control': CACHE_IMMUTABLE } });
  });
});
