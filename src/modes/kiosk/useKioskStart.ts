/**
 * Turns this page into its kiosk: reads kiosks.json, finds the kiosk the URL names, dresses the page
 * for a touch screen (classes for kiosk.css, the guards), and once the world is drawn resets to the
 * kiosk's opening state: the attract loop at the kiosk's spot. An unknown id is said on screen and
 * the visit runs as the public one: never a blank page.
 */
import { useEffect } from 'react';
import { launch } from '../../launch/launch.ts';
import { loadKiosks } from '../../launch/editions.ts';
import { useKiosk } from '../../state/kiosk.ts';
import { useVisit } from '../../state/visit.ts';
import { ready } from '../../state/readiness.ts';
import { installCursorHiding, installKioskGuards } from './guards.ts';
import { resetKiosk } from './reset.ts';

export function useKioskStart(): void {
  useEffect(() => {
    const id = launch.kiosk;
    if (!id) return;
    let live = true;
    const undo: Array<() => void> = [];
    loadKiosks(launch.edition)
      .then((kiosks) => {
        if (!live) return;
        const kiosk = kiosks.find((k) => k.id === id);
        if (!kiosk) {
          console.warn(
            `kiosk: no kiosk "${id}" in scenes/${launch.edition}/kiosks.json (${kiosks.map((k) => k.id).join(', ') || 'none'})`,
          );
          useKiosk.setState({ unknown: id });
          return;
        }
        const root = document.documentElement;
        root.classList.add('kiosk', `kiosk--${kiosk.orientation}`);
        undo.push(() => root.classList.remove('kiosk', `kiosk--${kiosk.orientation}`));
        undo.push(installKioskGuards(), installCursorHiding());
        useKiosk.setState({ kiosk, phase: 'starting' });
        useVisit.getState().setLang(kiosk.lang);
        return ready.then(() => live && resetKiosk('attract'));
      })
      .catch((e: unknown) => {
        console.warn('kiosk: could not read kiosks.json', e);
        if (live) useKiosk.setState({ unknown: id });
      });
    return () => {
      live = false;
      undo.forEach((f) => f());
    };
  }, []);
}
