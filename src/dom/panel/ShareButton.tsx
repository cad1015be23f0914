/** Sharing a stand: its link (copied to the clipboard, or shown to copy by hand when that is refused). */
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../i18n/lang.ts';
import { launch } from '../../launch/launch.ts';
import { ShareIcon } from '../icons.tsx';
import { sharePath } from '../../edition/shareLinks.ts';
import type { PanelStrings } from './strings.ts';

/**
 * The absolute link to share for a stand (and hotspot) in a language. A stand of the default edition:
 * its page to share (written by the build, tools/share/), whose title and picture link previews show
 * and which opens the visit there. A hotspot, or another edition (no pages of its own): this page's
 * deep link, with the edition when the launch named one, and nothing of this session (debug, view…).
 */
export function shareUrl(standId: string, hotspotId?: string | null, lang?: Lang, href: string = location.href): string {
  const here = new URL(href);
  if (!hotspotId && lang && !launch.editionInUrl)
    return new URL(`${import.meta.env.BASE_URL}${sharePath('stand', standId, lang)}`, here.origin).href;
  const url = new URL(here.origin + here.pathname);
  if (launch.editionInUrl) url.searchParams.set('edition', launch.edition);
  url.searchParams.set('stand', standId);
  if (hotspotId) url.searchParams.set('hotspot', hotspotId);
  if (lang) url.searchParams.set('lang', lang);
  return url.href;
}

export function ShareButton({ url, t }: { url: string; t: PanelStrings }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => setState('idle'), [url]);
  useEffect(() => {
    if (state !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);
  const share = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <>
      <button
        type="button"
        className="sp-button"
        data-testid="stand-panel-share"
        title={t.shareHint}
        onClick={() => void share()}
      >
        <ShareIcon />
        <span>{t.share}</span>
      </button>
      <p className="sp-share-status" role="status" data-testid="stand-panel-share-status">
        {state === 'copied' ? t.copied : ''}
      </p>
      {state === 'manual' && (
        <label className="sp-share-field">
          <span>{t.copyManually}</span>
          <input
            ref={field}
            type="text"
            readOnly
            value={url}
            dir="ltr"
            aria-label={t.shareField}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </>
  );
}
