/**
 * What a kiosk's reset does to every piece of visit state, in one place: each store's keys and each
 * per-frame object are either put back for the next visitor or kept on purpose, with the reason.
 * tests/kiosk-reset.test.ts fails when a store, a key or a per-frame object is in neither list, so a
 * new piece of state cannot leak the previous visitor's visit by being forgotten here.
 *
 * What lives in the page's components (search text, the plan and its zoom, the stand list, help,
 * the gallery viewer, a playing video, a share field) is cleared in one move: the interface is keyed
 * by `useKiosk.visits`, and a reset remounts it (the canvas is outside that key and never remounts).
 */
import type { Kiosk } from '../../edition/schema.ts';
import { useVisit } from '../../state/visit.ts';
import { useTwin } from '../twin/twinState.ts';
import { useFade } from '../../state/fade.ts';
import { useKiosk } from '../../state/kiosk.ts';
import { useTour, resetTour } from '../tour/tourState.ts';
import { useGpu } from '../../state/gpu.ts';
import { useXr } from '../../state/xr.ts';
import { startClock, useClock } from '../../state/clock.ts';
import { launch } from '../../launch/launch.ts';
import { useProgramme, useProgrammeUi } from '../../state/programme.ts';
import { CROWD_AT_LAUNCH, useCrowd } from '../../state/crowd.ts';
import { DEFAULT_SNAP_ANGLE } from '../../xr/turn.ts';
import * as frame from '../../state/frame.ts';
import { movement, resetMovement } from '../../input/movement.ts';
import { cancelRoute } from '../../walk/route.ts';
import { endFlight } from '../../walk/flight.ts';
import { noteArrival } from '../../walk/travel.ts';

type StoreName = keyof typeof STORES;

/** Every zustand store of the visit (the test checks that no other exists in src/). */
export const STORES = {
  visit: useVisit,
  twin: useTwin,
  fade: useFade,
  kiosk: useKiosk,
  tour: useTour,
  gpu: useGpu,
  xr: useXr,
  clock: useClock,
  programme: useProgramme,
  programmeUi: useProgrammeUi,
  crowd: useCrowd,
};

/** Store keys kept across visitors, and why. Everything else of a store is set by `resetStores`. */
export const KEPT: { [S in StoreName]: Record<string, string> } = {
  visit: {
    editionId: 'the kiosk runs one edition',
    data: 'the edition, loaded once',
    progress: 'loading progress of the models, loaded once',
    status: 'loading status, once',
    drawn: 'the first frame is out, once',
    error: 'a loading error stays until the page reloads',
    brokenZones: 'detail that failed to load stays failed (the panel says so) until a reload',
  },
  twin: {
    reason: 'no WebGL or a crashed 3D view does not heal between visitors',
    painted: 'the twin painted once: the canvas may mount behind it',
  },
  fade: {},
  kiosk: {
    kiosk: 'the profile of this screen',
    unknown: 'the id the URL asked for',
    phase: 'set by the reset itself (attract)',
    visits: 'counted by the reset itself',
    resets: 'counted by the reset itself',
  },
  tour: {
    tours: 'the edition’s tours, loaded once',
    leg: 'a counter the runner compares: every new tour bumps it',
  },
  gpu: {
    lost: 'the GPU context’s state is the browser’s, not the visitor’s',
    losses: 'counted for operators',
    restores: 'counted for operators',
    lostSince: 'the GPU context’s state',
  },
  xr: {
    supported: 'whether the browser offers a headset is the device’s, not the visitor’s',
    connected: 'the session code, loaded once',
    presenting: 'a headset session is the browser’s (a kiosk has none; it ends by itself)',
  },
  clock: {
    version: 'a counter readers compare: the reset bumps nothing, the values below do',
  },
  programme: {
    programme: 'the edition’s programme, loaded once',
    sessions: 'the same, with its instants',
    failed: 'whether loading failed: the next reader tries again',
  },
  programmeUi: {},
  crowd: {},
};

/** The next visitor's store values (partial: the kept keys are left alone). */
export function resetValues(kiosk: Kiosk): { [S in StoreName]: Record<string, unknown> } {
  return {
    visit: { view: 'ground', covered: false, lang: kiosk.lang, openStand: null, openHotspot: null, openPlays: false },
    twin: { open: false, current: null, fromVisit: false },
    fade: { on: false },
    kiosk: { warningUntil: null },
    tour: {}, // resetTour() below
    gpu: {},
    xr: { snapAngle: DEFAULT_SNAP_ANGLE, smooth: false, menuOpen: false },
    // A replay a visitor chose ends with them: `resetStores` starts the clock as at launch (the real
    // time during the edition, its replay moment otherwise).
    clock: { replayFrom: null, setAt: 0, error: null },
    programme: {},
    programmeUi: { open: false, focus: null },
    // The crowd as the kiosk was launched (shown, unless its URL says ?crowd=0): a visitor's choice ends with them.
    crowd: { shown: CROWD_AT_LAUNCH },
  };
}

/** Per-frame objects of src/state/frame.ts and the movement input: put back (how) or kept (why). */
export const FRAME_STATE: Record<string, { reset: string } | { kept: string }> = {
  player: { reset: 'at the kiosk’s spot, facing its way, eye level' },
  eye: { kept: 'the camera’s copy of the rig, written every frame' },
  flight: { reset: 'ended (endFlight)' },
  route: { reset: 'cancelled (cancelRoute)' },
  frameStats: { kept: 'renderer counters' },
  movementTimes: { kept: 'timing samples for the bench' },
  quality: { kept: 'the device’s adaptive quality' },
  detailStreaming: { kept: 'what is loaded follows where the visitor stands' },
  sceneContents: { kept: 'what the scene graph holds' },
  screenStills: { kept: 'the stills drawn on the screens of the detail files loaded' },
  hotspotView: { kept: 'the last frame’s camera and size' },
  hotspotEmphasis: { reset: 'no marker hovered or focused' },
  markerClaimedPointer: { reset: 'no press in progress' },
  markersOnScreen: { kept: 'rewritten every frame' },
  pointerHover: { reset: 'cleared (clearPointerHover)' },
  movement: { reset: 'no key or stick held (resetMovement)' },
  arrival: { reset: 'not standing at any stand (noteArrival(null))' },
};

/** Puts every store and per-frame value back for the next visitor, at the kiosk's spot. */
export function resetStores(kiosk: Kiosk): void {
  const values = resetValues(kiosk);
  for (const [name, store] of Object.entries(STORES) as Array<[StoreName, { setState(p: object): void }]>)
    store.setState(values[name]);
  const edition = useVisit.getState().data?.edition;
  if (edition) startClock(edition, launch.at);
  resetTour();
  endFlight();
  cancelRoute();
  resetMovement();
  movement.directInputs++;
  frame.hotspotEmphasis.hovered = frame.hotspotEmphasis.focused = -1;
  frame.markerClaimedPointer.value = false;
  frame.clearPointerHover();
  frame.player.position.set(kiosk.position[0], 0, kiosk.position[1]);
  frame.player.yaw = (kiosk.facing * Math.PI) / 180;
  frame.player.pitch = 0;
  noteArrival(null);
}
