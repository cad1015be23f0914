/**
 * A gallery hotspot's photos as thumbnails; pressing one opens the photo viewer at it, and closing
 * the viewer gives focus back to that thumbnail. A photo that fails to load says so in its place.
 */
import { useRef, useState } from 'react';
import type { Hotspot } from '../../edition/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { mediaUrl } from '../../launch/editions.ts';
import { GalleryViewer, type Photo } from './GalleryViewer.tsx';
import { MediaError } from './MediaError.tsx';
import type { MediaStrings } from './strings.ts';

type GalleryHotspot = Extract<Hotspot, { type: 'gallery' }>;

function Thumb({ photo, t, onOpen }: { photo: Photo; t: MediaStrings; onOpen: (button: HTMLButtonElement) => void }) {
  const [failed, setFailed] = useState(false);
  if (failed)
    return (
      <MediaError>
        {t.imageUnavailable} <span className="hs-media-alt">({photo.alt})</span>
      </MediaError>
    );
  return (
    <button
      type="button"
      className="hs-thumb"
      aria-haspopup="dialog"
      data-testid="gallery-thumb"
      onClick={(e) => onOpen(e.currentTarget)}
    >
      <img
        className="hs-img"
        src={photo.src}
        alt={photo.alt}
        width={photo.width}
        height={photo.height}
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
      />
      <span className="sr-only"> {t.enlarge}</span>
    </button>
  );
}

export function Gallery({
  hotspot,
  editionId,
  lang,
  t,
}: {
  hotspot: GalleryHotspot;
  editionId: string;
  lang: Lang;
  t: MediaStrings;
}) {
  const [shown, setShown] = useState<number | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const photos: Photo[] = hotspot.images.map((image) => ({
    src: mediaUrl(editionId, image.src),
    alt: image.alt[lang],
    width: image.width,
    height: image.height,
  }));
  return (
    <>
      <ul className="hs-gallery" aria-label={t.galleryLabel(hotspot.title[lang])}>
        {photos.map((photo, i) => (
          <li key={`${photo.src}-${i}`}>
            <Thumb
              photo={photo}
              t={t}
              onOpen={(button) => {
                opener.current = button;
                setShown(i);
              }}
            />
          </li>
        ))}
      </ul>
      {shown !== null && (
        <GalleryViewer
          title={hotspot.title[lang]}
          photos={photos}
          index={shown}
          onIndex={setShown}
          onClose={() => setShown(null)}
          returnFocusTo={opener}
          lang={lang}
          t={t}
        />
      )}
    </>
  );
}
