/** Loading veil with true byte progress; on failure, says what failed and offers to retry. */
import { useVisit } from '../state/visit.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { formatBytes } from '../i18n/strings.ts';
import { formatNumber } from '../i18n/format.ts';

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
  const title = useVisit((s) => s.data?.edition.title[lang]);
  if (status === 'ready') return null;
  const ratio = total > 0 ? loaded / total : 0;
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
            <p className="veil-detail">
              <bdi data-testid="progress-percent">{formatNumber(percent / 100, lang, { style: 'percent' })}</bdi>
              {total > 0 && (
                <span> · {t.loadingDetail(isolate(formatBytes(loaded, lang)), isolate(formatBytes(total, lang)))}</span>
              )}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
