/**
 * The top bar: the edition's title, the view switch, the language switch, then what the page puts
 * at its end (the 2D / text version button), in the order they show, so Tab follows the screen.
 *
 * On narrow screens it is one row: the title (wrapping to a second line, never cut), a menu button
 * that shows the two switches under the bar, and the end buttons as icons. The switches stay in the
 * same place in the page, so wide and narrow screens are one DOM that CSS lays out.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useVisit } from '../state/visit.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import type { View } from '../state/store.ts';
import { MenuIcon } from './icons.tsx';
import { focusLikeInput } from './dialog/focus.ts';
import './topbar.css';

const LANG_NAMES: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };
const LANG_SHORT: Record<Lang, string> = { fr: 'FR', ar: 'ع', en: 'EN' };

/** The menu's open state; it closes on Esc (focus back on its button) and on a press outside the bar. */
function useMenu() {
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!bar.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus && button.current) focusLikeInput(button.current);
  };
  return { open, setOpen, close, bar, button };
}

export function TopBar({ children }: { children?: ReactNode }) {
  const t = useStrings();
  const lang = useVisit((s) => s.lang);
  const view = useVisit((s) => s.view);
  const data = useVisit((s) => s.data);
  const setView = useVisit((s) => s.setView);
  const setLang = useVisit((s) => s.setLang);
  const menu = useMenu();
  const menuId = useId();
  const views: Array<[View, string]> = [
    ['aerial', t.viewAerial],
    ['ground', t.viewGround],
  ];
  // A choice in the open menu closes it; focus goes back to the menu button (the switch is hidden with it).
  const chose = () => {
    if (menu.open) menu.close(true);
  };
  return (
    <header
      ref={menu.bar}
      className="topbar"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menu.open) {
          e.stopPropagation();
          menu.close(true);
        }
      }}
    >
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
      <button
        ref={menu.button}
        type="button"
        className="pill-button topbar-menu"
        aria-expanded={menu.open}
        aria-controls={menuId}
        aria-label={t.menu}
        title={t.menu}
        data-testid="topbar-menu"
        onClick={() => menu.setOpen(!menu.open)}
      >
        <MenuIcon />
      </button>
      <div id={menuId} className={menu.open ? 'controls is-open' : 'controls'}>
        <div className="segmented" role="group" aria-label={t.views}>
          {views.map(([v, label]) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              data-view={v}
              onClick={() => {
                setView(v);
                chose();
              }}
            >
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
              onClick={() => {
                setLang(l);
                chose();
              }}
            >
              {LANG_SHORT[l]}
            </button>
          ))}
        </div>
      </div>
      {children}
    </header>
  );
}
