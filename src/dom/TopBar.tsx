/** Title of the edition, the view switch and the language switch. */
import { useVisit } from '../state/visit.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import type { View } from '../state/store.ts';

const LANG_NAMES: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };
const LANG_SHORT: Record<Lang, string> = { fr: 'FR', ar: 'ع', en: 'EN' };

export function TopBar() {
  const t = useStrings();
  const lang = useVisit((s) => s.lang);
  const view = useVisit((s) => s.view);
  const data = useVisit((s) => s.data);
  const setView = useVisit((s) => s.setView);
  const setLang = useVisit((s) => s.setLang);
  const views: Array<[View, string]> = [
    ['aerial', t.viewAerial],
    ['ground', t.viewGround],
  ];
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          JPO
        </span>
        <div>
          <p className="brand-title">{data ? data.edition.title[lang] : t.appTitle}</p>
          {data && (
            <p className="brand-sub">
              {data.edition.city[lang]} · {data.edition.year} · {t.standsCount(data.stands.length)}
            </p>
          )}
        </div>
      </div>
      <div className="controls">
        <div className="segmented" role="group" aria-label={t.views}>
          {views.map(([v, label]) => (
            <button key={v} type="button" aria-pressed={view === v} data-view={v} onClick={() => setView(v)}>
              {label}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t.language}>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={lang === l}
              aria-label={LANG_NAMES[l]}
              data-lang={l}
              onClick={() => setLang(l)}
            >
              {LANG_SHORT[l]}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
