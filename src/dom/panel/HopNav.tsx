/**
 * The panel's footer: "Previous stand" and "Next stand" ("Previous", "Next" on phones), each with
 * the number it goes to, the whole name in its accessible name. Previous sits at the inline start, next at the end, their
 * chevrons pointing the way the text reads (mirrored in Arabic).
 */
import type { Ref } from 'react';
import type { Target } from '../../edition/targets.ts';
import type { Lang } from '../../i18n/lang.ts';
import { formatNumber } from '../../i18n/format.ts';
import { ChevronIcon } from '../icons.tsx';
import { hop, hopDestination, type Step } from './hop.ts';
import type { PanelStrings } from './strings.ts';

interface ButtonProps {
  ref: Ref<HTMLButtonElement>;
  step: Step;
  from: Target;
  lang: Lang;
  t: PanelStrings;
}

function HopButton({ ref, step, from, lang, t }: ButtonProps) {
  const dest = hopDestination(step, from.id);
  if (!dest) return null;
  const label = step === 1 ? t.nextStand : t.previousStand;
  const name = t.hopLabel(label, dest.number, dest.name[lang]);
  return (
    <button
      ref={ref}
      type="button"
      className={`sp-hop sp-hop--${step === 1 ? 'next' : 'previous'}`}
      data-testid={step === 1 ? 'stand-panel-next' : 'stand-panel-previous'}
      data-stand={dest.id}
      aria-label={name}
      title={name}
      onClick={() => hop(step, from.id, true)}
    >
      {step === -1 && <ChevronIcon towards="start" />}
      <span className="sp-hop-label">{label}</span>
      <span className="sp-hop-label sp-hop-label--short">{step === 1 ? t.nextShort : t.previousShort}</span>
      <span className="sp-hop-number">{formatNumber(dest.number, lang)}</span>
      {step === 1 && <ChevronIcon towards="end" />}
    </button>
  );
}

interface NavProps {
  target: Target;
  lang: Lang;
  t: PanelStrings;
  previous: Ref<HTMLButtonElement>;
  next: Ref<HTMLButtonElement>;
}

export function HopNav({ target, lang, t, previous, next }: NavProps) {
  return (
    <nav className="sp-hops" aria-label={t.hops}>
      <HopButton ref={previous} step={-1} from={target} lang={lang} t={t} />
      <HopButton ref={next} step={1} from={target} lang={lang} t={t} />
    </nav>
  );
}
