/**
 * Loading veil with true byte progress; on failure, says what failed and offers to retry. It takes
 * over the card index.html painted before any script (tools/vite/firstPaint.ts): the same box, the
 * same words and, until the bytes are known, the same sweeping bar at the same point of its sweep.
 */
import type { Lang } from '../i18n/lang.ts';
import { useVisit } from '../state/visit.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { formatBytes } from '../i18n/strings.ts';
import { formatNumber } from '../i18n/format.ts';
import './veil.css';

// Every edition's title, built in (a few hundred bytes): the card shows it from its first render,
// as the static card did, instead of once the edition's data has arrived.
const TITLES = new Map(
  Object.entries(import.meta.glob<Record<Lang, string>>('../../scenes/*/edition.json', { import: 'title', eager: true })).map(
    ([file, title]) => [file.split('/').at(-2)!, title],
  ),
);

/**
 * The static card's sweep: when it started on the document's timeline. Read during the first
 * render, while the static card is still in #root (React replaces it when it commits).
 */
let staticSweep: CSSNumberish | null | undefined;
function staticSweepStart(): CSSNumberish | null {
  if (staticSweep === undefined)
    staticSweep = document.querySelector('[data-first-paint] .progress-bar')?.getAnimations()[0]?.startTime ?? null;
  return staticSweep;
}

/** Starts this bar's sweep where the static card's was, so the takeover does not make it jump. */
function continueSweep(bar: HTMLDivElement | null) {
  const start = staticSweepStart();
  const sweep = bar?.getAnimations()[0];
  if (sweep && start !== null) sweep.startTime = start;
}

/**
 * A quantity (number and unit) as one bidi island: in Arabic, "175,6 ك.بايت" stays together and in
 * order instead of its digits being pulled toward the neighbouring percent.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

interface Props {
  /** Downloads the models again. */
  onRetry: () => void;
  /** Opens the text version (it needs the scene data, not the models). */
  onReadText: () => void;
}

export function LoadingScreen({ onRetry, onReadText }: Props) {
  const t = useStrings();
  const lang = useVisit((s) => s.lang);
  const status = useVisit((s) => s.status);
  const error = useVisit((s) => s.error);
  const { loaded, total } = useVisit((s) => s.progress);
  const title = useVisit((s) => TITLES.get(s.editionId)?.[lang]);
  if (status === 'ready') return null;
  staticSweepStart();
  // Nothing can be counted until the manifest gives the total: the bar sweeps, no figure is shown.
  const known = total > 0;
  const ratio = known ? loaded / total : 0;
  const percent = Math.floor(ratio * 100);
  return (
    <div className="veil" role={status === 'error' ? 'alert' : 'status'}>
      <div className="veil-card">
        {title && <p className="veil-edition">{title}</p>}
        {status === 'error' ? (
          <>
            <h1>{t.loadFailed}</h1>
            <p className="veil-error" data-testid="load-error">
              {error}
            </p>
            <p className="veil-hint">{t.loadFailedHint}</p>
            <div className="veil-actions">
              <button type="button" className="button primary" data-testid="load-retry" onClick={onRetry}>
                {t.retry}
              </button>
              {/* Every stand is still readable: the text version needs the scene data, not the models. */}
              <button type="button" className="button" data-testid="load-read-text" onClick={onReadText}>
                {t.readTextVersion}
              </button>
            </div>
          </>
        ) : (
          <>
            <h1>{t.loading}</h1>
            {known ? (
              <div
                className="progress"
                role="progressbar"
                aria-label={t.loading}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
              >
                <div className="progress-bar" style={{ transform: `scaleX(${ratio})` }} />
              </div>
            ) : (
              <div className="progress progress--indeterminate" role="progressbar" aria-label={t.loading}>
                <div className="progress-bar" ref={continueSweep} />
              </div>
            )}
            <p className="veil-detail">
              {known && (
                <>
                  <bdi data-testid="progress-percent">{formatNumber(percent / 100, lang, { style: 'percent' })}</bdi>
                  <span> · {t.loadingDetail(isolate(formatBytes(loaded, lang)), isolate(formatBytes(total, lang)))}</span>
                </>
              )}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
