/**
 * The kit's geometry in one import: primitives as plain arrays, plus the transforms and merges that
 * builders compose them with. No three.js objects, so the pipeline stays a pure function of the scene
 * data. The code lives under geo/ by job; this file only names what builders may use.
 */
export { type RGB, type V3, append, appendAll, doubleSided, emptyGeo, merge, paint, place, scale } from './geo/mesh.ts';
export { disc, fan, quad, triangle } from './geo/faces.ts';
export { beam, box, boxBetween, boxMinMax, prismX, prismZ } from './geo/solids.ts';
export { cylinder, cylinderX, cylinderZ, tube } from './geo/round.ts';
export { add, mergeBuilt, placeBuilt, solid, triangleCount } from './geo/built.ts';
