/**
 * "How to move": the controls of this device, in the visit's language; a proper dialog. It also holds
 * the one view setting a visitor may want while moving about: whether the crowd is drawn.
 */
import { useId, useRef, useState } from 'react';
import type { Lang } from '../../i18n/lang.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useVisit } from '../../state/visit.ts';
import { useCrowd } from '../../state/crowd.ts';
import { CloseButton, Modal } from '../dialog/Modal.tsx';

/** The crowd setting's label. */
const SHOW_CROWD: Record<Lang, string> = {
  fr: 'Afficher les visiteurs sur le site',
  ar: 'إظهار الزوار في الموقع',
  en: 'Show visitors on the site',
};

function coarse(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

export function HelpOverlay() {
  const t = useStrings();
  const lang = useVisit((s) => s.lang);
  const crowdShown = useCrowd((s) => s.shown);
  const setCrowdShown = useCrowd((s) => s.setShown);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const touch = coarse();
  const close = () => setOpen(false);

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
        ['] · [', t.helpHop],
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
        <Modal
          labelledBy={titleId}
          onClose={close}
          placement="center"
          className="help"
          testId="help-dialog"
          returnFocusTo={opener}
        >
          <div className="help-body">
            <div className="help-head">
              <h2 id={titleId}>{t.help}</h2>
              <CloseButton label={t.close} testId="help-close" onClick={close} />
            </div>
            <dl className="help-list" data-device={touch ? 'touch' : 'keyboard'}>
              {rows.map(([key, what]) => (
                <div key={key}>
                  <dt>
                    <kbd dir="ltr">{key}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
            <label
              className="help-setting"
              style={{ display: 'flex', alignItems: 'center', gap: '8px', marginBlockStart: '16px', fontSize: '14px' }}
            >
              <input
                type="checkbox"
                data-testid="crowd-toggle"
                checked={crowdShown}
                onChange={(e) => setCrowdShown(e.currentTarget.checked)}
              />
              {SHOW_CROWD[lang]}
            </label>
          </div>
        </Modal>
      )}
    </>
  );
}
