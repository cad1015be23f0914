/**
 * The photo viewer: a gallery's photos full screen, one at a time, its description as the caption.
 * Previous and next by the buttons at the sides, the arrow keys, or a swipe; they wrap around. In
 * Arabic everything mirrors: "next" is on the left, ← and a swipe to the right go forward, as the
 * photos read right to left. A `Modal`, so Esc closes it and focus goes back to the thumbnail.
 */
import { useId, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { DIRECTION, type Lang } from '../../i18n/lang.ts';
import { CloseButton, Modal } from '../dialog/Modal.tsx';
import { ChevronIcon } from '../icons.tsx';
import type { MediaStrings } from './strings.ts';
import './viewer.css';

export interface Photo {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

interface Props {
  /** The gallery's title: the viewer's name. */
  title: string;
  photos: readonly Photo[];
  index: number;
  onIndex: (index: number) => void;
  onClose: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
  lang: Lang;
  t: MediaStrings;
}

/** Horizontal travel that makes a swipe, px (less is a tap, or a shaky hold). */
const SWIPE = 40;

export function GalleryViewer({ title, photos, index, onIndex, onClose, returnFocusTo, lang, t }: Props) {
  const titleId = useId();
  const swipe = useRef<{ id: number; x: number; y: number } | null>(null);
  const rtl = DIRECTION[lang] === 'rtl';
  const photo = photos[index]!;
  const go = (step: 1 | -1) => onIndex((index + step + photos.length) % photos.length);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward) go(1);
    else if (e.key === back) go(-1);
    else if (e.key === 'Home') onIndex(0);
    else if (e.key === 'End') onIndex(photos.length - 1);
    else return;
    e.preventDefault();
  };
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.isPrimary) swipe.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const start = swipe.current;
    swipe.current = null;
    if (!start || start.id !== e.pointerId) return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(e.clientY - start.y)) return;
    // A finger moving towards the inline start pulls the next photo in from the end.
    go(dx < 0 !== rtl ? 1 : -1);
  };

  const several = photos.length > 1;
  return (
    <Modal
      labelledBy={titleId}
      onClose={onClose}
      placement="full"
      className="gv"
      testId="gallery-viewer"
      data-index={String(index)}
      returnFocusTo={returnFocusTo}
      onKeyDown={onKeyDown}
    >
      <div className="gv-frame">
        <header className="gv-head">
          <div className="gv-titles">
            <h2 id={titleId} className="gv-title">
              {title}
            </h2>
            <p className="gv-count" aria-live="polite" data-testid="gallery-count">
              {t.photoCount(index + 1, photos.length)}
            </p>
          </div>
          <CloseButton label={t.viewerClose} testId="gallery-close" onClick={onClose} />
        </header>
        <figure
          className="gv-figure"
          onPointerDown={onPointerDown}
          onPointerUp={onPointerUp}
          onPointerCancel={() => (swipe.current = null)}
        >
          <img
            key={photo.src}
            className="gv-img"
            src={photo.src}
            alt={photo.alt}
            width={photo.width}
            height={photo.height}
            draggable={false}
          />
          <figcaption className="gv-caption" data-testid="gallery-caption">
            {photo.alt}
          </figcaption>
        </figure>
        {several && (
          <>
            <button type="button" className="gv-step gv-step--previous" aria-label={t.previousPhoto} onClick={() => go(-1)}>
              <ChevronIcon towards="start" />
            </button>
            <button
              type="button"
              className="gv-step gv-step--next"
              aria-label={t.nextPhoto}
              data-testid="gallery-next"
              onClick={() => go(1)}
            >
              <ChevronIcon towards="end" />
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
