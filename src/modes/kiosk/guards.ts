/**
 * What keeps a kiosk's visitor inside the visit: no context menu, text selection or drag of images,
 * no pinch or keyboard zoom, no Back from the keyboard or a mouse's side button, no new window or
 * external page (links to other sites become QR codes where they are drawn; this is the net under
 * that). The browser's own flags (docs/kiosk.md) do the rest: kiosk mode, no swipe back, no pinch.
 * Returns the uninstall.
 */
const ZOOM_KEYS = new Set(['+', '-', '=', '_', '0']);

function editable(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
}

export function installKioskGuards(): () => void {
  const off: Array<() => void> = [];
  const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) => {
    window.addEventListener(type, fn, { capture: true, passive: false });
    off.push(() => window.removeEventListener(type, fn, { capture: true }));
  };
  on('contextmenu', (e) => e.preventDefault());
  on('dragstart', (e) => e.preventDefault());
  on('selectstart' as keyof WindowEventMap, (e) => {
    if (!editable(e.target)) e.preventDefault();
  });
  // Two fingers pinch the page: only the plan's own gestures (pointer events) may use them.
  on('touchmove', (e) => {
    if (e.touches.length > 1) e.preventDefault();
  });
  on('gesturestart' as keyof WindowEventMap, (e) => e.preventDefault());
  on('wheel', (e) => {
    if (e.ctrlKey) e.preventDefault();
  });
  on('keydown', (e) => {
    const mod = e.ctrlKey || e.metaKey;
    if (
      (mod && ZOOM_KEYS.has(e.key)) ||
      (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) ||
      e.key === 'BrowserBack'
    )
      e.preventDefault();
  });
  // Mouse side buttons are Back and Forward.
  on('mouseup', (e) => {
    if (e.button === 3 || e.button === 4) e.preventDefault();
  });
  on('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (a && (a.origin !== location.origin || a.target === '_blank')) e.preventDefault();
  });
  // Back (a gesture the flags missed, a keyboard's Back key): the page pushes a guard entry on top of
  // the kiosk's one and puts it back at every pop, so Back closes the open panel (the deep links read
  // the entry popped to: the kiosk's start) and never leaves the visit.
  const GUARD = 'jpoKioskGuard';
  const guard = () => history.pushState({ [GUARD]: true }, '', location.href);
  guard();
  on('popstate', () => {
    if (!(history.state as Record<string, unknown> | null)?.[GUARD]) guard();
  });
  const open = window.open;
  window.open = () => null;
  off.push(() => (window.open = open));
  return () => off.forEach((f) => f());
}

/** Hides the mouse cursor after a few seconds without a mouse move (touch screens show none anyway). */
export function installCursorHiding(ms = 3000): () => void {
  const root = document.documentElement;
  let timer = 0;
  const move = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    root.classList.add('kiosk-cursor');
    clearTimeout(timer);
    timer = window.setTimeout(() => root.classList.remove('kiosk-cursor'), ms);
  };
  window.addEventListener('pointermove', move, { passive: true });
  return () => {
    clearTimeout(timer);
    window.removeEventListener('pointermove', move);
    root.classList.remove('kiosk-cursor');
  };
}
