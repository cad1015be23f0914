/** The head the plan's and the stand list's dialogs share: title, hint, their tools and the close button. */
import type { ReactNode } from 'react';
import { CloseButton } from '../dialog/Modal.tsx';

interface DialogHeadProps {
  titleId: string;
  title: string;
  hint: string;
  closeLabel: string;
  closeTestId: string;
  onClose: () => void;
  /** Tools before the close button. */
  children?: ReactNode;
}

export function DialogHead({ titleId, title, hint, closeLabel, closeTestId, onClose, children }: DialogHeadProps) {
  return (
    <header className="plan-dialog-head">
      <div className="plan-dialog-titles">
        <h2 id={titleId}>{title}</h2>
        <p className="plan-dialog-hint">{hint}</p>
      </div>
      <div className="plan-dialog-tools">
        {children}
        <CloseButton label={closeLabel} testId={closeTestId} onClick={onClose} />
      </div>
    </header>
  );
}
