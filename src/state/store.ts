/**
 * The one store, in slices: the edition and its loading, the view, the language, the open stand.
 * Per-frame values (where the eye is, frame counters) never live here: see ./player.ts.
 */
import { create } from 'zustand';
import type { EditionData } from '../scene/schema.ts';
import type { Lang } from '../i18n/lang.ts';

export type View = 'aerial' | 'ground';

interface EditionSlice {
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

interface ViewSlice {
  view: View;
  setView(view: View): void;
}

interface LangSlice {
  lang: Lang;
  setLang(lang: Lang): void;
}

interface StandSlice {
  /** Id of the stand whose panel is open, or null. */
  openStand: string | null;
  /** Id of the hotspot the panel was opened at (one of the open stand's), or null. */
  openHotspot: string | null;
  /** Opens a stand's panel (at one of its hotspots), or closes it with null. */
  setOpenStand(id: string | null, hotspot?: string | null): void;
}

export type VisitState = EditionSlice & ViewSlice & LangSlice & StandSlice;

export interface InitialState {
  editionId: string;
  lang: Lang;
  view?: View;
}

export function createVisitStore(init: InitialState) {
  return create<VisitState>()((set) => ({
    editionId: init.editionId,
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

    view: init.view ?? 'aerial',
    setView: (view) => set({ view }),

    lang: init.lang,
    setLang: (lang) => set({ lang }),

    openStand: null,
    openHotspot: null,
    setOpenStand: (openStand, hotspot) => set({ openStand, openHotspot: openStand ? (hotspot ?? null) : null }),
  }));
}

export type VisitStore = ReturnType<typeof createVisitStore>;
