/** "How to move": the controls of this device, in the visit's language; a proper dialog. */
import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';

function coarse(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

export function HelpOverlay() {
  const t = useStrings();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const touch = coarse();

  useEffect(() => {
    if (!open) return;
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    const back = opener.current;
    return () => {
      window.removeEventListener('keydown', onKey);
      back?.focus();
    };
  }, [open]);

  const rows: Array<[string, string]> = touch
    ? [
        [t.helpJoystickKey, t.helpJoystick],
        [t.helpDragKey, t.helpLook],
        [t.helpTapKey, t.helpTap],
        [t.helpPlanKey, t.helpPlan],
      ]
    : [
        ['W A S D · Z Q S D · ↑ ↓', t.helpWalk],
        ['← →', t.helpTurn],
        ['Shift', t.helpRun],
        [t.helpDragMouseKey, t.helpLook],
        [t.helpClickKey, t.helpTap],
        [t.helpLockKey, t.helpLock],
      ];
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="round-button"
        data-testid="help-open"
        aria-label={t.help}
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      {open && (
        <div className="dialog-backdrop" onClick={() => setOpen(false)}>
          <div
            ref={dialog}
            className="dialog help"
            role="dialog"
            aria-modal="true"
            aria-labelledby="help-title"
            tabIndex={-1}
            data-testid="help-dialog"
            onClick={(e) => e.stopPropagation()}
          >
            <div className="dialog-head">
              <h2 id="help-title">{t.help}</h2>
              <button type="button" className="round-button" aria-label={t.close} onClick={() => setOpen(false)}>
                ×
              </button>
            </div>
            <dl className="help-list">
              {rows.map(([key, what]) => (
                <div key={key}>
                  <dt>
                    <kbd dir="ltr">{key}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      )}
    </>
  );
}
