/**
 * The response headers of the production build, in one place: the Content-Security-Policy and the
 * other security headers every response carries, and how long each kind of file may be cached.
 * `vite preview` (so every browser test) serves with them (vite.config.ts), and the web servers'
 * files in deploy/ (nginx, `_headers`) say the same; tests/deploy-headers.test.ts keeps them in step.
 *
 * Why each source is allowed:
 * - `script-src 'wasm-unsafe-eval'`: the meshopt decoder compiles its embedded WebAssembly; no
 *   `unsafe-eval` (three's core and the app never eval), no inline script (the first paint's head
 *   script is a file of its own, tools/vite/firstPaint.ts).
 * - `img-src blob: data:`: GLTFLoader turns a GLB's embedded images into `blob:` URLs; Vite inlines
 *   assets under 4 KB as `data:` URLs. `connect-src blob: data:` for the same reason (the loader
 *   fetches those URLs).
 * - `media-src 'self'`: the stands' videos and captions come from the same origin.
 * - `worker-src 'self'`: the service worker only.
 * - Nothing names another origin: the visit fetches nothing from one (kiosks offline, privacy).
 */

export interface HeaderOptions {
  /**
   * Who may frame the visit (`frame-ancestors`): `'self'` by default; a partner site that embeds it
   * is added here (for example `https://www.example.ma`), or `'none'` to forbid framing.
   */
  frameAncestors?: string[];
}

/** The policy's directives, in the order they are written. */
export function cspDirectives(o: HeaderOptions = {}): Array<[string, string[]]> {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'blob:', 'data:']],
    ['font-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['connect-src', ["'self'", 'blob:', 'data:']],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', o.frameAncestors?.length ? o.frameAncestors : ["'self'"]],
  ];
}

export function contentSecurityPolicy(o: HeaderOptions = {}): string {
  return cspDirectives(o)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * What a browser may use on the page: the headset (WebXR) and full screen for this origin only;
 * the devices and APIs the visit never uses are refused to it and to anything it could embed.
 */
export const PERMISSIONS_POLICY =
  'xr-spatial-tracking=(self), fullscreen=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** The headers on every response (HTML, scripts, models, media, errors alike). */
export function securityHeaders(o: HeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(o),
    'Permissions-Policy': PERMISSIONS_POLICY,
    // Links out of the visit say nothing of where the visitor was; within the site they do (logs).
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Cache lifetimes. Vite's hashed files (`assets/`) never change under their name: a year, immutable.
 * Everything else keeps its name across releases (index.html, the service worker, models, the scene
 * files, media, share pages): always revalidated (a 304 when unchanged), so a release shows at once.
 */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The cache lifetime of a path under the build's root (no leading slash: `assets/index-x.js`). */
export function cacheControl(relPath: string): string {
  return relPath.startsWith('assets/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** Content types that servers' default tables lack or get wrong, by extension. */
export const CONTENT_TYPES: Record<string, string> = {
  glb: 'model/gltf-binary',
  gltf: 'model/gltf+json',
  vtt: 'text/vtt',
  wasm: 'application/wasm',
  webm: 'video/webm',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
};
