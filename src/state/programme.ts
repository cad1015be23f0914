/**
 * The edition's programme once loaded (programme.json is optional and never needed for the first
 * frame): its sessions with their instants in the edition's zone, loaded once on demand by whoever
 * shows it first (the programme dialog, the boards in the world, the 2D twin, the search). Shared by
 * the page and the canvas, so it lives here and not in a mode. Per-minute values (what is on now) are
 * not kept here: each reader asks `nowAndNext(sessions, place, clockNow())` when it paints. The
 * programme dialog's open state is here too (`useProgrammeUi`), so the search and links can open it.
 */
import { create } from 'zustand';
import type { Programme } from '../edition/programme.ts';
import { timeSessions, type TimedSession } from '../edition/eventClock.ts';
import { loadProgramme } from '../launch/editions.ts';
import { useVisit } from './visit.ts';

export interface ProgrammeState {
  /** The edition's programme file, null before it is loaded or when the edition has none (`sessions` says which). */
  programme: Programme | null;
  /** The sessions in order of start with their instants; null until loaded, [] for an edition without a programme. */
  sessions: TimedSession[] | null;
  /** The programme could not be fetched (the rest of the visit goes on without it). */
  failed: boolean;
  /** Loads the current edition's programme (once; later calls get the same promise). */
  load(): Promise<TimedSession[]>;
}

let loading: Promise<TimedSession[]> | null = null;

export const useProgramme = create<ProgrammeState>()((set) => ({
  programme: null,
  sessions: null,
  failed: false,
  load() {
    if (loading) return loading;
    const data = useVisit.getState().data;
    if (!data) return Promise.reject(new Error('programme: the edition is not loaded yet'));
    const { id, timeZone } = data.edition;
    loading = loadProgramme(id).then(
      (programme) => {
        const sessions = programme ? timeSessions(programme.sessions, timeZone) : [];
        set({ programme, sessions, failed: false });
        return sessions;
      },
      (e: unknown) => {
        // A later call tries again (a kiosk that was offline at the first try).
        loading = null;
        set({ failed: true });
        throw e;
      },
    );
    return loading;
  },
}));

/** Starts loading the programme, logging (not throwing) a failure: for components that show it when it comes. */
export function wantProgramme(): void {
  useProgramme
    .getState()
    .load()
    .catch((e: unknown) => console.warn('programme: could not be loaded', e));
}

export interface ProgrammeUiState {
  /** Whether the programme dialog is open. */
  open: boolean;
  /** The session it shows and scrolls to (a `?session=` link, a search result), or null. */
  focus: string | null;
}

/**
 * Whether the programme dialog is open and on which session: here, not in the dialog, so the search
 * and the start link can open it. Reset for each kiosk visitor (resetPlan.ts).
 */
export const useProgrammeUi = create<ProgrammeUiState>()(() => ({ open: false, focus: null }));

export function openProgramme(focus: string | null = null): void {
  useProgrammeUi.setState({ open: true, focus });
}

export function closeProgramme(): void {
  useProgrammeUi.setState({ open: false, focus: null });
}
