/**
 * The interface's line icons, drawn in the text colour (`currentColor`) so they follow hover, focus
 * and theme. Decorative: each sits beside a visible or screen-reader label, so all are aria-hidden.
 */

function LineIcon({ d, size = 18, weight = 2, className }: { d: string; size?: number; weight?: number; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" className={className}>
      <path d={d} fill="none" stroke="currentColor" strokeWidth={weight} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const CloseIcon = ({ size = 22 }: { size?: number }) => <LineIcon d="M6 6 18 18 M18 6 6 18" size={size} weight={2.4} />;

/** A map pin: "take me there". */
export const PinIcon = () => (
  <LineIcon d="M12 22s7-6.2 7-12a7 7 0 1 0-14 0c0 5.8 7 12 7 12Z M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z" />
);

export const ShareIcon = () => <LineIcon d="M12 3v12 M7 8l5-5 5 5 M5 13v6a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-6" />;

/** A page of text: the 2D twin. */
export const TextIcon = () => <LineIcon d="M5 4h14v16H5z M8 8h8 M8 12h8 M8 16h5" />;

export const ExpandIcon = () => <LineIcon d="M14 4h6v6 M20 4l-7 7 M10 20H4v-6 M4 20l7-7" size={16} weight={2.2} />;

/** Opens in a new tab. */
export const ExternalIcon = ({ className }: { className?: string }) => (
  <LineIcon d="M14 4h6v6 M20 4l-9 9 M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" size={16} className={className} />
);

/** A place (a hall with its roof): where a stand shows its number, a place shows this. */
export const PlaceIcon = ({ size = 24 }: { size?: number }) => (
  <LineIcon d="M3 10 12 4l9 6 M5 9v11h14V9 M10 20v-6h4v6" size={size} />
);

/** Three lines: the top bar's menu on narrow screens. */
export const MenuIcon = () => <LineIcon d="M4 7h16 M4 12h16 M4 17h16" size={20} weight={2.2} />;

/**
 * A chevron towards the inline end (right in French and English) or the start; mirrored in Arabic
 * by the `icon-flip` rule of styles.css, so "next" always points the way the text reads.
 */
export const ChevronIcon = ({ towards }: { towards: 'start' | 'end' }) => (
  <LineIcon d={towards === 'end' ? 'M9 5l7 7-7 7' : 'M15 5l-7 7 7 7'} size={20} weight={2.4} className="icon-flip" />
);

/** A filled triangle: play a video. */
export const PlayIcon = ({ size = 28 }: { size?: number }) => (
  <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
    <path d="M8 5.5v13l10.5-6.5z" fill="currentColor" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
  </svg>
);
