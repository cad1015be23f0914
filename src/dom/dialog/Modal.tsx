/**
 * The one modal dialog of the interface, on the native <dialog>: top layer, the rest of the page
 * inert and not read out, Esc and a click on the backdrop close it. Every dialog (the plan, the stand
 * list, the stand panel, the help) is a `Modal`, so focus, closing and the frame behave the same
 * everywhere.
 *
 * Mounted open, unmounted to close: whether it is open is React's (or the store's) business, never
 * the element's. Focus moves in on open and back to the opener on close, with a ring only when the
 * visitor is using the keyboard (./focus.ts).
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import './dialog.css';
import { CloseIcon } from '../icons.tsx';
import { focusLikeInput } from './focus.ts';

/** Where it sits: the whole screen, a sheet on the inline start or end side (bottom sheet on phones for `end`), or a card in the middle. */
export type ModalPlacement = 'full' | 'start' | 'end' | 'center';

interface ModalProps {
  /** data-* attributes for the dialog element (tests and styles find it by them). */
  [data: `data-${string}`]: string | undefined;
  /** Id of the element naming the dialog (its title). */
  labelledBy: string;
  onClose: () => void;
  placement: ModalPlacement;
  className?: string;
  testId?: string;
  /** Receives focus when the dialog opens; the dialog itself when absent. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Gets focus back on close; the element focused before opening when absent. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** Called on close when focus could not go back (the opener is gone): focus somewhere sensible. */
  onFocusLost?: () => void;
  /** Keys pressed anywhere in the dialog, the dialog itself included. */
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
  children: ReactNode;
}

export function Modal({
  labelledBy,
  onClose,
  placement,
  className,
  testId,
  initialFocus,
  returnFocusTo,
  onFocusLost,
  onKeyDown,
  children,
  ...data
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // The latest callbacks, read by the effect below without re-running it (it opens the dialog).
  const latest = useRef({ onClose, onFocusLost });
  latest.current = { onClose, onFocusLost };

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const active = document.activeElement;
    const back = returnFocusTo?.current ?? (active instanceof HTMLElement && active !== document.body ? active : null);
    if (!dialog.open) dialog.showModal();
    focusLikeInput(initialFocus?.current ?? dialog);
    return () => {
      if (dialog.open) dialog.close();
      // The dialog may still hold focus here (it leaves the DOM after this): move it explicitly.
      if (back?.isConnected) focusLikeInput(back);
      if (!back || document.activeElement !== back) latest.current.onFocusLost?.();
    };
  }, [initialFocus, returnFocusTo]);

  return (
    <dialog
      {...data}
      ref={ref}
      className={`dlg dlg--${placement}${className ? ` ${className}` : ''}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby={labelledBy}
      data-testid={testId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        // Esc: closing is React's business (the dialog unmounts). React passes the event up its own
        // tree: a dialog opened from another (a photo viewer over the panel) closes alone.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
      onClose={(e) => {
        // The browser closed it anyway (e.g. Esc pressed twice): keep React in step.
        e.stopPropagation();
        if (!ref.current?.open) onClose();
      }}
      onClick={(e) => {
        // A click on the dialog element itself is a click on the backdrop.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/** The round close button every dialog has at the end of its header. */
export function CloseButton({ label, testId, onClick }: { label: string; testId: string; onClick: () => void }) {
  return (
    <button type="button" className="dlg-close" aria-label={label} data-testid={testId} onClick={onClick}>
      <CloseIcon />
    </button>
  );
}
