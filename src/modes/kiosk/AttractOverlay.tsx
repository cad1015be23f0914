/**
 * The attract loop's veil: the kiosk's guided tour plays behind it, round and round, and "Touch to
 * start" says in every language what to do. The whole screen is one button: the first touch
 * (its click, so the touch never reaches the visit beneath) starts a fresh visit at the kiosk's spot.
 */
import { LANGS } from '../../i18n/lang.ts';
import { useVisit } from '../../state/visit.ts';
import { KIOSK_STRINGS } from './strings.ts';
import { resetKiosk } from './reset.ts';

export function AttractOverlay() {
  const lang = useVisit((s) => s.lang);
  // The visit's own language first, the others after it.
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  return (
    <button type="button" className="kiosk-attract" data-testid="kiosk-attract" onClick={() => resetKiosk('visit')}>
      <span className="kiosk-attract-card">
        <span className="kiosk-attract-hand" aria-hidden="true">
          <svg viewBox="0 0 48 48" width="56" height="56">
            <circle cx="24" cy="14" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" className="kiosk-attract-ripple" />
            <path
              d="M20 14v17l-4-4a3 3 0 0 0-4 4l9 10h15l2-12v-5a3 3 0 0 0-5 0v-2a3 3 0 0 0-5 0v-1a3 3 0 0 0-5 0V14a3 3 0 0 0-6 0z"
              fill="currentColor"
            />
          </svg>
        </span>
        {order.map((l, i) => (
          <span
            key={l}
            lang={l}
            dir={l === 'ar' ? 'rtl' : 'ltr'}
            className={i === 0 ? 'kiosk-attract-call' : 'kiosk-attract-other'}
          >
            {KIOSK_STRINGS[l].touchToStart}
          </span>
        ))}
        <span className="kiosk-attract-note">{KIOSK_STRINGS[lang].guidedTourPlaying}</span>
      </span>
    </button>
  );
}
