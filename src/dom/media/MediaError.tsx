/** The sentence that stands in for a photo or a video that could not be loaded. */
import type { ReactNode } from 'react';

export function MediaError({ children }: { children: ReactNode }) {
  return (
    <p className="hs-media-error" data-testid="media-error">
      {children}
    </p>
  );
}
