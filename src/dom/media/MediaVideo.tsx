/**
 * A hotspot's video: muted (never sound without a press), captions in every language with the
 * visit's shown, nothing loaded before it plays, released on unmount.
 *
 * `autoPlay` starts it once mounted: the panel was opened by the video's own play marker, a press.
 * Should the browser still refuse (a stricter autoplay policy), the poster stays with one clear play
 * button over it, and no error: pressing it is the gesture the browser asked for.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LANGS, type Lang } from '../../i18n/lang.ts';
import type { Hotspot } from '../../edition/schema.ts';
import { mediaUrl } from '../../launch/editions.ts';
import { PlayIcon } from '../icons.tsx';
import type { MediaStrings } from './strings.ts';

export type Video = Extract<Hotspot, { type: 'video' }>['video'];

interface Props {
  video: Video;
  editionId: string;
  lang: Lang;
  t: MediaStrings;
  autoPlay: boolean;
  onError: () => void;
}

export function MediaVideo({ video, editionId, lang, t, autoPlay, onError }: Props) {
  const ref = useRef<HTMLVideoElement>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // React sets the property only; the attribute says it too.
    el.muted = true;
    el.setAttribute('muted', '');
    if (autoPlay)
      el.play().catch((e: unknown) => {
        // Refused: offer the press. Anything else (a missing file, the panel closing) is onError's or nobody's.
        if (e instanceof DOMException && e.name === 'NotAllowedError') setRefused(true);
      });
    // Mount only: whether it starts is decided once, when the panel opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Released before React removes the panel (a layout effect's cleanup runs while the element is
  // still attached): Chromium's style engine keeps a shown captions track, and through it the
  // <video> and the whole panel around it, unless the track leaves the document while attached.
  // The kiosk's soak found it: one detached panel kept per visitor, 432 nodes and 54 listeners a
  // cycle (docs/performance.md, "Kiosk soak").
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    return () => {
      el.pause();
      for (const t of [...el.querySelectorAll('track')]) {
        const track = t.track;
        if (track.cues) for (const cue of [...track.cues]) track.removeCue(cue);
        track.mode = 'disabled';
        t.remove();
      }
      el.removeAttribute('src');
      el.load();
    };
  }, []);
  return (
    <div className="hs-video-wrap">
      <video
        ref={ref}
        className="hs-video"
        controls
        preload="none"
        playsInline
        muted
        poster={mediaUrl(editionId, video.poster)}
        src={mediaUrl(editionId, video.src)}
        onError={onError}
        onPlay={() => setRefused(false)}
      >
        {LANGS.map((l) => (
          <track
            key={l}
            kind="captions"
            srcLang={l}
            label={t.captions[l]}
            src={mediaUrl(editionId, video.captions[l])}
            default={l === lang}
          />
        ))}
      </video>
      {refused && (
        <button
          type="button"
          className="hs-play"
          data-testid="video-play"
          onClick={() => {
            setRefused(false);
            ref.current?.play().catch(() => setRefused(true));
          }}
        >
          <PlayIcon />
          <span>{t.play}</span>
        </button>
      )}
    </div>
  );
}
