/**
 * Dimensions of the booth kit that both the glTF pipeline (which builds the booths) and the app
 * (which draws each stand's sign on its fascia and its posters on its wall graphics) rely on. Keep
 * them here, in one place.
 */
import type { BoothKind } from './schema.ts';

/** Height of booth walls, metres. */
export const WALL_HEIGHT = 2.5;
/** Thickness of a shell-scheme wall, metres. */
export const WALL_THICKNESS = 0.1;
/** An island's central tower: square side, body height, header top. */
export const ISLAND_TOWER = { side: 1.2, body: 3.0, top: 4.0 } as const;
/**
 * A wall graphic's depth off its wall: the panel's thickness, and how far its printed parts stand
 * off the panel's face. A poster drawn over a graphic hangs 1 cm in front of both.
 */
export const GRAPHIC_DEPTH = { panel: 0.03, print: 0.004 } as const;

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

/**
 * Where one wall graphic of a booth is, in the stand's local frame. The kit builds a panel there;
 * the app paints the stand's poster over it.
 */
export interface GraphicAnchor {
  /** Middle of the wall face the graphic is fixed to (the graphic's back). */
  position: [number, number, number];
  /** Radians about y that turn the graphic's face (+z before turning) toward the inside of the stand. */
  rotationY: number;
  width: number;
  height: number;
}

/** Wall graphics of a shell-scheme stand: width, height of their middle, height, metres. */
const WALL_GRAPHIC = { width: 1.2, centre: 1.6, height: 1.2 } as const;
/** The graphics on an island tower's two sides: tall and narrow. */
const TOWER_GRAPHIC = { width: 0.9, centre: 1.6, height: 2 } as const;

/**
 * Every wall graphic of a booth: on a shell-scheme stand's back wall away from the middle (two,
 * or four on a stand 12 m wide or more) and one on each side wall of a stand 3.5 m deep or more,
 * facing in; on the two sides of an island's tower; none on an open-air pitch (no walls).
 */
export function graphicAnchors(kind: BoothKind, width: number, depth: number): GraphicAnchor[] {
  const W = width;
  const D = depth;
  switch (kind) {
    case 'inline':
    case 'corner': {
      const { width: gw, centre, height } = WALL_GRAPHIC;
      const back = -D / 2 + WALL_THICKNESS;
      const backXs = W >= 12 ? [-(W / 2 - 1.1), -W / 4, W / 4, W / 2 - 1.1] : W >= 5 ? [-(W / 2 - 1.1), W / 2 - 1.1] : [];
      const out: GraphicAnchor[] = backXs.map((x) => ({ position: [x, centre, back], rotationY: 0, width: gw, height }));
      const sides = kind === 'inline' ? [-1, 1] : [-1];
      for (const s of D >= 3.5 ? sides : []) {
        // The left wall's graphic faces +x, the right's -x.
        const x = s < 0 ? -W / 2 + WALL_THICKNESS : W / 2 - WALL_THICKNESS;
        const z = -D / 2 + Math.max(WALL_THICKNESS + 0.2 + gw / 2, Math.min(D * 0.4, D - 2.2));
        out.push({ position: [x, centre, z], rotationY: s < 0 ? Math.PI / 2 : -Math.PI / 2, width: gw, height });
      }
      return out;
    }
    case 'island': {
      const t = ISLAND_TOWER.side / 2;
      const { width: gw, centre, height } = TOWER_GRAPHIC;
      // The tower's +x and -x faces: (0, t), the middle of its +z face, turned.
      return [Math.PI / 2, -Math.PI / 2].map((r) => ({
        position: [Math.sin(r) * t, centre, Math.cos(r) * t],
        rotationY: r,
        width: gw,
        height,
      }));
    }
    case 'outdoor':
      return [];
  }
}
