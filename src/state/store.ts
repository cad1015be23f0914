/**
 * The one store, in slices (zustand's slices pattern): each slice is its state and the actions
 * beside it, built by its own function; `createVisitStore` puts them together. Per-frame values
 * (where the eye is, frame counters) never live here: see ./frame.ts.
 */
import { create, type StateCreator } from 'zustand';
import type { EditionData } from '../edition/schema.ts';
import type { Lang } from '../i18n/lang.ts';

export type View = 'aerial' | 'ground';

export interface EditionSlice {
  editionId: string;
  data: EditionData | null;
  /** Models: bytes received and expected. */
  progress: { loaded: number; total: number };
  status: 'loading' | 'ready' | 'error';
  /** The first frame with everything in it has been drawn: what is not needed for it may load now. */
  drawn: boolean;
  setDrawn(): void;
  error: string | null;
  setData(data: EditionData): void;
  setProgress(loaded: number, total: number): void;
  setStatus(status: EditionSlice['status'], error?: string): void;
  /**
   * Zones whose stand detail (props, hand-made models) could not be loaded: their stands stand bare,
   * and their panels say so. Everything else keeps working.
   */
  brokenZones: readonly string[];
  setZoneBroken(zone: string, broken: boolean): void;
}

export interface ViewSlice {
  view: View;
  setView(view: View): void;
  /**
   * Another page covers the whole 3D view (the 2D twin, the full-screen plan): the canvas stays
   * mounted but its frame loop waits, so the page on top has the main thread and the GPU to itself
   * (and a phone its battery). Set by what covers it (TwinMount, before the canvas can mount under
   * it, see CanvasGate; the plan dialog, which clears it only if it set it).
   */
  covered: boolean;
  setCovered(covered: boolean): void;
}

export interface LangSlice {
  lang: Lang;
  setLang(lang: Lang): void;
}

export interface StandSlice {
  /**
   * Id of the target whose panel is open, or null: a stand, or a place with hotspots (see
   * `src/edition/targets.ts`; ids are unique across both).
   */
  openStand: string | null;
  /** Id of the hotspot the panel was opened at (one of the open target's), or null. */
  openHotspot: string | null;
  /**
   * The panel was opened by activating a video hotspot's marker (its play button): the video starts
   * on open. False for every other way in (a deep link, the list, Back), where nothing plays unasked.
   */
  openPlays: boolean;
  /** Opens a target's panel (at one of its hotspots, playing it), or closes it with null. */
  setOpenStand(id: string | null, hotspot?: string | null, options?: { play?: boolean }): void;
}

export type VisitState = EditionSlice & ViewSlice & LangSlice & StandSlice;

export interface InitialState {
  editionId: string;
  lang: Lang;
  view?: View;
}

/** A slice's builder: it sees the whole store, and returns its own part. */
type Slice<T> = StateCreator<VisitState, [], [], T>;

const editionSlice =
  (editionId: string): Slice<EditionSlice> =>
  (set) => ({
    editionId,
    data: null,
    progress: { loaded: 0, total: 0 },
    status: 'loading',
    drawn: false,
    setDrawn: () => set({ drawn: true }),
    error: null,
    setData: (data) => set({ data }),
    setProgress: (loaded, total) => set({ progress: { loaded, total } }),
    setStatus: (status, error) => set({ status, error: error ?? null }),
    brokenZones: [],
    setZoneBroken: (zone, broken) =>
      set((s) =>
        broken === s.brokenZones.includes(zone)
          ? s
          : { brokenZones: broken ? [...s.brokenZones, zone] : s.brokenZones.filter((z) => z !== zone) },
      ),
  });

const viewSlice =
  (view: View): Slice<ViewSlice> =>
  (set) => ({
    view,
    setView: (v) => set({ view: v }),
    covered: false,
    setCovered: (c) => set({ covered: c }),
  });

const langSlice =
  (lang: Lang): Slice<LangSlice> =>
  (set) => ({
    lang,
    setLang: (l) => set({ lang: l }),
  });

const standSlice: Slice<StandSlice> = (set) => ({
  openStand: null,
  openHotspot: null,
  openPlays: false,
  setOpenStand: (openStand, hotspot, options) =>
    set({
      openStand,
      openHotspot: openStand ? (hotspot ?? null) : null,
      openPlays: Boolean(openStand && hotspot && options?.play),
    }),
});

export function createVisitStore(init: InitialState) {
  return create<VisitState>()((...a) => ({
    ...editionSlice(init.editionId)(...a),
    ...viewSlice(init.view ?? 'aerial')(...a),
    ...langSlice(init.lang)(...a),
    ...standSlice(...a),
  }));
}

export type VisitStore = ReturnType<typeof createVisitStore>;
