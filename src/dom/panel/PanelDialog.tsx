/**
 * The panel of one stand or place: the modal sheet, its header, description, actions, hotspots and
 * the hops to the neighbouring stands. Focus goes in to the hotspot it was opened at (scrolled into
 * view), to the hop button that brought the visitor here, else to the dialog itself.
 */
import { useId, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Target } from '../../edition/targets.ts';
import { useVisit } from '../../state/visit.ts';
import { Modal } from '../dialog/Modal.tsx';
import { focusLikeInput } from '../dialog/focus.ts';
import { Markdown } from '../markdown.tsx';
import { EXTERNAL_LINKS } from '../media/HotspotContent.tsx';
import { HopNav } from './HopNav.tsx';
import { takeHopFocus } from './hop.ts';
import { PanelActions } from './PanelActions.tsx';
import { PanelHead } from './PanelHead.tsx';
import { PanelHotspots } from './PanelHotspots.tsx';
import { PanelSessions } from './PanelSessions.tsx';
import { PANEL_STRINGS } from './strings.ts';
import './panel.css';

interface Props {
  target: Target;
  hotspotId: string | null;
  /** Start the video of `hotspotId` (the panel was opened by its play marker). */
  play: boolean;
  opener: RefObject<HTMLElement | null>;
  onClose: () => void;
  onFocusLost: () => void;
}

/** Scrolls the body only: scrollIntoView would also scroll the sheet itself under its header. */
function scrollToSection(section: HTMLElement): void {
  const body = section.closest<HTMLElement>('.sp-body');
  if (body) body.scrollTop += section.getBoundingClientRect().top - body.getBoundingClientRect().top - 12;
}

export function PanelDialog({ target, hotspotId, play, opener, onClose, onFocusLost }: Props) {
  const lang = useVisit((s) => s.lang);
  const editionId = useVisit((s) => s.editionId);
  const bare = useVisit((s) => s.brokenZones.includes(target.zone));
  const t = PANEL_STRINGS[lang];
  const ref = useRef<HTMLDivElement>(null);
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    const section = hotspotId
      ? [...sheet.querySelectorAll<HTMLElement>('[data-hotspot-id]')].find((el) => el.dataset.hotspotId === hotspotId)
      : undefined;
    const hopButton = takeHopFocus();
    const to = section ?? (hopButton && (hopButton === 1 ? next : previous).current) ?? sheet.closest('dialog');
    if (to) focusLikeInput(to);
    if (section) scrollToSection(section);
  }, [hotspotId]);

  return (
    <Modal
      labelledBy={titleId}
      onClose={onClose}
      placement="end"
      className="stand-panel"
      testId="stand-panel"
      data-stand={target.id}
      data-kind={target.kind}
      returnFocusTo={opener}
      onFocusLost={onFocusLost}
    >
      <div className="sp-sheet" ref={ref}>
        <PanelHead target={target} titleId={titleId} lang={lang} t={t} onClose={onClose} />
        <div className="sp-body">
          {bare && (
            <p className="hs-media-error sp-model-error" data-testid="stand-model-error">
              {t.modelUnavailable}
            </p>
          )}
          <div className="sp-text sp-description">
            <Markdown text={target.description[lang]} externalLinks={EXTERNAL_LINKS} />
          </div>
          <PanelActions target={target} hotspotId={hotspotId} lang={lang} t={t} onClose={onClose} />
          <PanelSessions placeId={target.id} lang={lang} />
          <PanelHotspots
            target={target}
            titleId={titleId}
            current={hotspotId}
            play={play}
            editionId={editionId}
            lang={lang}
            t={t}
          />
        </div>
        <HopNav target={target} lang={lang} t={t} previous={previous} next={next} />
      </div>
    </Modal>
  );
}
