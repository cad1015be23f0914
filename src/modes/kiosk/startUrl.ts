/**
 * The URL a kiosk returns to at every reset: this page with only what makes it this kiosk (its id,
 * the edition, a rendering level its operator pinned, and `debug` for operators and tests); no
 * stand, tour, language or view of the last visitor survives in it.
 */
const KEPT_PARAMS = ['kiosk', 'edition', 'debug', 'quality'];

export function kioskStartUrl(href: string): string {
  const here = new URL(href);
  const url = new URL(here.origin + here.pathname);
  for (const p of KEPT_PARAMS) {
    const v = here.searchParams.get(p);
    if (v) url.searchParams.set(p, v);
  }
  return url.href;
}
