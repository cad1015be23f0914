/** The caption card's transport icons, drawn in the text colour; decorative (each button has its own name). */

function Icon({ d, filled = false }: { d: string; filled?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width={22} height={22} aria-hidden="true" focusable="false">
      <path
        d={d}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={2.2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export const PauseIcon = () => <Icon d="M8 5v14 M16 5v14" />;
export const ResumeIcon = () => <Icon d="M8 5.5v13l10.5-6.5z" filled />;
export const StopIcon = () => <Icon d="M6.5 6.5h11v11h-11z" filled />;
/** A flag on its pole: the guided tour. */
export const TourIcon = () => <Icon d="M5 21V4 M5 4h11l-2 4 2 4H5" />;
