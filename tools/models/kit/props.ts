/**
 * Props of the kit: vehicles, furniture and exhibits that stands are furnished with. Pure geometry,
 * centred on the origin at ground level, the prop's front toward +z (a vehicle's nose, a screen's face,
 * a desk's visitor side). Low-poly: boxes, prisms and 6–12-segment cylinders.
 *
 * Props are instanced as they are (their 'accent' would not be tinted per stand), so they use plain
 * vertex colours: 'matte', 'screen' for whatever glows, 'glass' for glass.
 *
 * This file is the props' one entry point (their footprints and the builder of each kind); the builders
 * live under props/ by family, with what they share in props/parts.ts.
 */
import type { PropKind } from '../../../src/edition/schema.ts';
import type { Built, Picture } from './types.ts';
import { eGate, passportDesk } from './props/border.ts';
import { labBench, mannequin, showcase } from './props/exhibits.ts';
import { chairs, desk } from './props/furniture.ts';
import { roadSet, tentTable } from './props/outdoor.ts';
import { kiosk, screenWall, screenWallPictures, simulator, simulatorPictures } from './props/screens.ts';
import { armoredTruck, motorbike, policeCar } from './props/vehicles.ts';

/** Footprint of each prop on the floor, [width along x, depth along z], metres, clearance included. */
export const PROP_SIZE: Record<PropKind, [number, number]> = {
  'police-car': [2.4, 5.2],
  'armored-truck': [3.0, 6.6],
  motorbike: [1.2, 2.6],
  'lab-bench': [2.6, 1.4],
  showcase: [1.4, 1.0],
  'screen-wall': [2.9, 1.0],
  kiosk: [1.0, 1.0],
  'e-gate': [1.8, 2.4],
  'passport-desk': [2.2, 1.9],
  desk: [1.8, 1.8],
  chairs: [2.6, 1.0],
  mannequin: [0.9, 0.9],
  simulator: [3.4, 2.8],
  'road-set': [8.0, 4.0],
  'tent-table': [2.4, 2.0],
};

const BUILDERS: Record<PropKind, () => Built> = {
  'police-car': policeCar,
  'armored-truck': armoredTruck,
  motorbike,
  'lab-bench': labBench,
  showcase,
  'screen-wall': screenWall,
  kiosk,
  'e-gate': eGate,
  'passport-desk': passportDesk,
  desk,
  chairs,
  mannequin,
  simulator,
  'road-set': roadSet,
  'tent-table': tentTable,
};

/** A prop, centred on the origin at ground level, its front toward +z; within PROP_SIZE. */
export function prop(kind: PropKind): Built {
  return BUILDERS[kind]();
}

/** The props whose screens can show their stand's video still, and where (tools/models/stills.ts). */
export const PROP_PICTURES: Partial<Record<PropKind, () => Picture[]>> = {
  'screen-wall': screenWallPictures,
  simulator: simulatorPictures,
};
