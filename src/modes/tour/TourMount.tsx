/**
 * The guided tour's part of the page, mounted once with the interface: installs the runner (travel),
 * the guard (yield to the visitor), the URL and the start link, and shows the caption card.
 */
import { useEffect } from 'react';
import { installTourRunner } from './tourRunner.ts';
import { installTourGuard } from './tourGuard.ts';
import { installTourUrl } from './tourUrl.ts';
import { TourCard } from './TourCard.tsx';

export function TourMount() {
  useEffect(() => {
    const uninstall = [installTourRunner(), installTourGuard(), installTourUrl()];
    return () => uninstall.forEach((u) => u());
  }, []);
  return <TourCard />;
}
