/**
 * The fade used instead of motion when the system asks for reduced motion: a travel (the 3D side)
 * asks for it here, the page draws it (src/dom/FadeVeil.tsx). They meet through this state only.
 */
import { create } from 'zustand';

/** How long the veil takes to close or open, ms (the CSS transition of #fade-veil matches). */
export const FADE_MS = 180;

export const useFade = create<{ on: boolean }>(() => ({ on: false }));

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Fades out, runs `change`, fades back in; resolves when the view is visible again. */
export async function fadeThrough(change: () => void): Promise<void> {
  useFade.setState({ on: true });
  await wait(FADE_MS);
  change();
  // Two frames so the new view is drawn before it shows.
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  useFade.setState({ on: false });
  await wait(FADE_MS);
}
