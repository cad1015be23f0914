/**
 * Names of scene-graph nodes that more than one part of the canvas looks up: set where the node is
 * made (World, StandSigns; the roofs by the pipeline), read by picking. Apart from picking, so the
 * first load's components can use them without bringing it along.
 */
import { ROOFS_NODE } from '../edition/modelFiles.ts';

/** The group that holds the site and the stands: what pointer rays are cast against. */
export const SITE_ROOT = 'edition';
/** The site's roofs node (named by the pipeline): faded from the air, never walked to. */
export const ROOFS = ROOFS_NODE;
/** The one mesh of every stand sign: a label, not a place. */
export const STAND_SIGNS = 'stand-signs';
/** The rig (src/canvas/Cameras.tsx): what movement moves, the ground camera's parent and, in a headset, the XR camera's. */
export const RIG = 'rig';
