/**
 * Dimensions of the booth kit that both the glTF pipeline (which builds the booths) and the app
 * (which draws each stand's sign on its fascia) rely on. Keep them here, in one place.
 */
import type { BoothKind } from './schema.ts';

/** Height of booth walls, metres. */
export const WALL_HEIGHT = 2.5;

/** Where a stand's sign hangs, in the stand's local frame (front is +z). */
export interface SignAnchor {
  /** Centre of the sign's face. */
  position: [number, number, number];
  /** Radians about y; 0 faces +z (toward visitors in front of the stand). */
  rotationY: number;
  width: number;
  height: number;
}

/**
 * The sign of a stand: on a fascia above the back wall for wall booths, on the front face of the
 * central tower for islands, on the canopy's header for open-air pitches.
 */
export function signAnchor(kind: BoothKind, width: number, depth: number): SignAnchor {
  const signWidth = Math.min(width - 1, 4);
  switch (kind) {
    case 'inline':
    case 'corner':
      return { position: [0, WALL_HEIGHT + 0.5, -depth / 2 + 0.16], rotationY: 0, width: signWidth, height: 0.9 };
    case 'island':
      return { position: [0, WALL_HEIGHT + 1.0, 0.61], rotationY: 0, width: Math.min(signWidth, 3), height: 0.9 };
    case 'outdoor':
      return { position: [0, 3.6, -depth / 2 + 0.66], rotationY: 0, width: Math.min(width - 2, 5), height: 1.1 };
  }
}
