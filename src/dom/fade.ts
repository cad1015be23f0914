/** A full-screen fade used instead of motion when the system asks for reduced motion. */
const FADE_MS = 180;

function veil(): HTMLDivElement {
  let el = document.getElementById('fade-veil') as HTMLDivElement | null;
  if (!el) {
    el = document.createElement('div');
    el.id = 'fade-veil';
    el.setAttribute('aria-hidden', 'true');
    document.body.appendChild(el);
  }
  return el;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Fades out, runs `change`, fades back in; resolves when the view is visible again. */
export async function fadeThrough(change: () => void): Promise<void> {
  const el = veil();
  el.classList.add('on');
  await wait(FADE_MS);
  change();
  // Two frames so the new view is drawn before it shows.
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  el.classList.remove('on');
  await wait(FADE_MS);
}
