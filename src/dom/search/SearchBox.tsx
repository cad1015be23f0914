/**
 * A search box for stands, places and amenities: an editable combobox (ARIA 1.2, list autocomplete with the
 * first result selected) over a listbox of results. Down/Up browse the results (the focus stays in
 * the field, `aria-activedescendant` names the current one), Enter goes to it, Esc closes the list
 * then clears the field, a click or tap on a result goes there. The number of results is spoken.
 *
 * Controlled: the owner keeps the query (the stand list filters with the same results) and decides
 * what choosing a result does.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useVisit } from '../../state/visit.ts';
import type { SearchResult } from './searchIndex.ts';
import { SearchOption } from './SearchOption.tsx';
import { SEARCH_STRINGS } from './strings.ts';
import './search.css';
import { CloseIcon } from '../icons.tsx';

export interface SearchBoxProps {
  query: string;
  onQueryChange: (query: string) => void;
  results: readonly SearchResult[];
  /** Enter, or a click on a result. */
  onChoose: (result: SearchResult) => void;
  /** Most results listed. */
  max?: number;
  className?: string;
  /** The field itself, for an owner that focuses it (the stand list does on opening). */
  inputRef?: RefObject<HTMLInputElement | null>;
}

function SearchIcon() {
  return (
    <svg className="search-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M15.5 15.5 20 20" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

export function SearchBox({ query, onQueryChange, results, onChoose, max = 8, className, inputRef }: SearchBoxProps) {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = SEARCH_STRINGS[lang];
  const uid = useId().replace(/[^\w-]/g, '');
  const inputId = `${uid}-input`;
  const listId = `${uid}-list`;
  const hintId = `${uid}-hint`;
  const optionId = (i: number) => `${uid}-opt-${i}`;
  const ownInput = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInput;
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(0);
  const shown = results.slice(0, max);
  const expanded = focused && !dismissed && query.trim() !== '' && shown.length > 0;

  const activeId = expanded ? optionId(Math.min(active, shown.length - 1)) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  /** A new query selects its first result and opens the list again. */
  const change = (q: string) => {
    setActive(0);
    setDismissed(false);
    onQueryChange(q);
  };

  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    setDismissed(true);
    onChoose(r);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const n = shown.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!n) return;
        e.preventDefault();
        if (!expanded) {
          setDismissed(false);
          setActive(e.key === 'ArrowDown' ? 0 : n - 1);
        } else setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
        return;
      }
      case 'Enter':
        if (!n) return;
        e.preventDefault();
        choose(shown[Math.min(active, n - 1)]);
        return;
      case 'Escape':
        // First close the list, then clear the field; an empty field lets Esc close the dialog around it.
        if (expanded) {
          e.preventDefault();
          e.stopPropagation();
          setDismissed(true);
        } else if (query) {
          e.preventDefault();
          e.stopPropagation();
          change('');
        }
        return;
    }
  };

  return (
    <div className={className ? `search ${className}` : 'search'}>
      <label className="search-label" htmlFor={inputId}>
        {t.label}
      </label>
      <div className="search-field">
        <SearchIcon />
        <input
          ref={input}
          id={inputId}
          className="search-input"
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={hintId}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder={t.placeholder}
          value={query}
          data-testid="search"
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        />
        {query && (
          <button
            type="button"
            className="search-clear"
            aria-label={t.clear}
            onClick={() => {
              change('');
              input.current?.focus();
            }}
          >
            <CloseIcon size={16} />
          </button>
        )}
      </div>
      <p id={hintId} className="sr-only">
        {t.hint}
      </p>
      <ul id={listId} role="listbox" aria-label={t.label} className="search-list" hidden={!expanded} data-testid="search-results">
        {shown.map((r, i) => {
          const selected = expanded && i === Math.min(active, shown.length - 1);
          return (
            <li
              key={`${r.kind}:${r.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={selected}
              className={selected ? 'search-option is-active' : 'search-option'}
              data-kind={r.kind}
              data-id={r.id}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => !selected && setActive(i)}
              onClick={() => choose(r)}
            >
              <SearchOption result={r} data={data} lang={lang} />
            </li>
          );
        })}
      </ul>
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="search-status">
        {query.trim() ? t.results(results.length) : ''}
      </p>
    </div>
  );
}
