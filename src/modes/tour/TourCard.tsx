/**
 * The caption card of a playing tour, at the bottom of the screen: which stop of how many, where,
 * what the guide says, the dwell's progress, and previous / pause / next / stop (plus "Open the
 * stand", which pauses the tour). Its words are a polite live region that stays mounted, so a screen
 * reader hears each new stop once (and not the buttons changing). When the tour has run out, the card
 * says so and offers to restart or close.
 *
 * The progress bar is a CSS animation as long as the dwell, paused with the tour: nothing per frame.
 */
import { useShallow } from 'zustand/react/shallow';
import { useVisit } from '../../state/visit.ts';
import { targetById } from '../../edition/targets.ts';
import { ChevronIcon } from '../../dom/icons.tsx';
import { currentStop, useTour } from './tourState.ts';
import { PauseIcon, ResumeIcon, StopIcon } from './tourIcons.tsx';
import { TOUR_STRINGS } from './strings.ts';
import './tour.css';

export function TourCard() {
  const lang = useVisit((s) => s.lang);
  const data = useVisit((s) => s.data);
  const s = useTour(
    useShallow((s) => ({
      tours: s.tours,
      id: s.id,
      index: s.index,
      paused: s.paused,
      phase: s.phase,
      finished: s.finished,
      leg: s.leg,
      loop: s.loop,
    })),
  );
  const t = TOUR_STRINGS[lang];
  const at = currentStop(s);
  const target = at && data ? targetById(data, at.stop.target) : undefined;
  const hotspot = at?.stop.hotspot ? target?.hotspots.find((h) => h.id === at.stop.hotspot) : undefined;
  const tour = useTour.getState();
  const stops = at?.tour.stops.length ?? 0;

  return (
    <section
      className="tour-dock"
      data-testid="tour-card"
      data-active={at ? 'true' : undefined}
      data-tour={at?.tour.id}
      data-stop={at ? s.index + 1 : undefined}
      data-of={at ? stops : undefined}
      data-phase={at ? (s.finished ? 'finished' : s.phase) : undefined}
      data-paused={at ? String(s.paused) : undefined}
      aria-label={at ? t.open : undefined}
    >
      <div className="tour-live" aria-live="polite" aria-atomic="true" data-testid="tour-live">
        {at &&
          (s.finished ? (
            <>
              <h2 className="tour-name">{t.finished}</h2>
              <p className="tour-text">{t.finishedHint(at.tour.title[lang], stops)}</p>
            </>
          ) : (
            <>
              <p className="tour-step">
                {t.stopOf(s.index + 1, stops)} · {at.tour.title[lang]}
              </p>
              <h2 className="tour-name">
                {target?.name[lang] ?? at.stop.target}
                {hotspot && <span className="tour-hotspot"> · {hotspot.title[lang]}</span>}
              </h2>
              <p className="tour-text">{at.stop.text[lang]}</p>
            </>
          ))}
      </div>
      {at && !s.finished && (
        <>
          <div className="tour-progress" aria-hidden="true">
            {s.phase === 'dwelling' && (
              <span
                key={s.leg}
                className="tour-progress-fill"
                data-testid="tour-progress"
                style={{ animationDuration: `${at.stop.dwell}s`, animationPlayState: s.paused ? 'paused' : 'running' }}
              />
            )}
          </div>
          <div className="tour-controls">
            <button
              type="button"
              className="tour-button"
              data-testid="tour-previous"
              aria-label={t.previous}
              title={t.previous}
              aria-disabled={s.index === 0 && !s.loop ? 'true' : undefined}
              onClick={() => tour.previous()}
            >
              <ChevronIcon towards="start" />
            </button>
            <button
              type="button"
              className="tour-button tour-button--main"
              data-testid="tour-pause"
              aria-label={s.paused ? t.resume : t.pause}
              title={s.paused ? t.resume : t.pause}
              onClick={() => (s.paused ? tour.resume() : tour.pause())}
            >
              {s.paused ? <ResumeIcon /> : <PauseIcon />}
            </button>
            <button
              type="button"
              className="tour-button"
              data-testid="tour-next"
              aria-label={t.next}
              title={t.next}
              onClick={() => tour.next()}
            >
              <ChevronIcon towards="end" />
            </button>
            <button
              type="button"
              className="tour-button"
              data-testid="tour-stop"
              aria-label={t.stop}
              title={t.stop}
              onClick={() => tour.stop()}
            >
              <StopIcon />
            </button>
            {s.paused && <span className="tour-paused">{t.paused}</span>}
            {target && (
              <button
                type="button"
                className="pill-button tour-primary tour-open-stand"
                data-testid="tour-open-stand"
                onClick={() => {
                  tour.pause();
                  useVisit.getState().setOpenStand(target.id, at.stop.hotspot ?? null);
                }}
              >
                {target.kind === 'stand' ? t.openStand : t.openPlace}
              </button>
            )}
          </div>
        </>
      )}
      {at && s.finished && (
        <div className="tour-controls">
          <button
            type="button"
            className="pill-button tour-primary"
            data-testid="tour-restart"
            onClick={() => tour.start(at.tour.id, 0, { loop: s.loop })}
          >
            {t.restart}
          </button>
          <button type="button" className="pill-button" data-testid="tour-close" onClick={() => tour.stop()}>
            {t.close}
          </button>
        </div>
      )}
    </section>
  );
}
