/**
 * What a hotspot shows, by type: its text (safe Markdown), then its image, video, gallery or link.
 * The one rendering of hotspot content, used by the stand panel and the 2D twin alike, so a new
 * media type or a fix reaches both.
 *
 * Broken media degrade one block, never the page: an image or a video that fails to load is replaced
 * by a sentence saying so. Videos never start with sound, and are released when they unmount
 * (./MediaVideo.tsx); gallery photos open in a viewer (./Gallery.tsx).
 */
import { lazy, Suspense, useState } from 'react';
import { launch } from '../../launch/launch.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Hotspot } from '../../edition/schema.ts';
import { mediaUrl } from '../../launch/editions.ts';
import { isExternalHref, Markdown } from '../markdown.tsx';
import { ExternalIcon } from '../icons.tsx';
import { Gallery } from './Gallery.tsx';
import { MediaError } from './MediaError.tsx';
import { MediaVideo, type Video } from './MediaVideo.tsx';
import { MEDIA_STRINGS, type MediaStrings } from './strings.ts';
import './media.css';

/**
 * Links to other sites leave the visit: not on a kiosk (`?kiosk=`, where they become QR codes to open
 * on one's own phone), nor in a build made with `VITE_EXTERNAL_LINKS=off` (shown as text).
 */
export const EXTERNAL_LINKS = import.meta.env.VITE_EXTERNAL_LINKS !== 'off' && !launch.kiosk;

// Only a kiosk loads the QR code's encoder.
const QrCode = lazy(() => import('../qr/QrCode.tsx').then((m) => ({ default: m.QrCode })));

/** What a link shows: its host and path (`www.cndh.ma`), or the same-site path. */
function linkText(url: string): string {
  if (!isExternalHref(url)) return url;
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

function MediaImage({
  src,
  alt,
  width,
  height,
  t,
}: {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  t: MediaStrings;
}) {
  const [failed, setFailed] = useState(false);
  if (failed)
    return (
      <MediaError>
        {t.imageUnavailable} <span className="hs-media-alt">({alt})</span>
      </MediaError>
    );
  return (
    <img
      className="hs-img"
      src={src}
      alt={alt}
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
}

function VideoBlock(props: { video: Video; editionId: string; lang: Lang; t: MediaStrings; autoPlay: boolean }) {
  const [failed, setFailed] = useState(false);
  return (
    <div className="hs-media">
      {failed ? <MediaError>{props.t.videoUnavailable}</MediaError> : <MediaVideo {...props} onError={() => setFailed(true)} />}
      <p className="hs-meta">{props.t.duration(props.video.duration)}</p>
    </div>
  );
}

function LinkBlock({ url, t }: { url: string; t: MediaStrings }) {
  if (launch.kiosk && isExternalHref(url))
    return (
      <div className="hs-link-qr">
        <p>{t.linkOnPhone}</p>
        <Suspense fallback={null}>
          <QrCode url={url} label={`${t.linkOnPhone} ${linkText(url)}`} />
        </Suspense>
      </div>
    );
  if (!EXTERNAL_LINKS && isExternalHref(url))
    return (
      <p className="hs-links-off">
        {t.linksOff}{' '}
        <span className="hs-url" dir="ltr">
          {url}
        </span>
      </p>
    );
  return (
    <p>
      <a className="hs-link" href={url} target="_blank" rel="noopener noreferrer">
        <span dir="ltr" className="hs-url">
          {linkText(url)}
        </span>
        <span className="sr-only"> {t.opensInNewTab}</span>
        <ExternalIcon className="hs-external" />
      </a>
    </p>
  );
}

interface Props {
  hotspot: Hotspot;
  editionId: string;
  lang: Lang;
  /** A video hotspot starts playing (its panel was opened by its play marker). */
  autoPlay?: boolean;
}

/** The body of one hotspot, in `lang`; media URLs resolved against the edition's media folder. */
export function HotspotContent({ hotspot, editionId, lang, autoPlay = false }: Props) {
  const t = MEDIA_STRINGS[lang];
  const body = hotspot.body ? <Markdown text={hotspot.body[lang]} externalLinks={EXTERNAL_LINKS} /> : null;
  switch (hotspot.type) {
    case 'info':
      return (
        <>
          {body}
          {hotspot.image && (
            <div className="hs-media">
              <MediaImage
                src={mediaUrl(editionId, hotspot.image.src)}
                alt={hotspot.image.alt[lang]}
                width={hotspot.image.width}
                height={hotspot.image.height}
                t={t}
              />
            </div>
          )}
        </>
      );
    case 'video':
      return (
        <>
          {body}
          <VideoBlock video={hotspot.video} editionId={editionId} lang={lang} t={t} autoPlay={autoPlay} />
        </>
      );
    case 'gallery':
      return (
        <>
          {body}
          <Gallery hotspot={hotspot} editionId={editionId} lang={lang} t={t} />
        </>
      );
    case 'link':
      return (
        <>
          {body}
          <LinkBlock url={hotspot.url} t={t} />
        </>
      );
  }
}
