/** Said on screen when `?kiosk=` names no kiosk of kiosks.json: the public visit runs under it. */
import { useState } from 'react';
import { useVisit } from '../../state/visit.ts';
import { KIOSK_STRINGS } from './strings.ts';

export function UnknownKiosk({ id }: { id: string }) {
  const t = KIOSK_STRINGS[useVisit((s) => s.lang)];
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="kiosk-unknown" role="alert" data-testid="kiosk-unknown">
      <p>
        <strong>{t.unknownKiosk(id)}</strong> {t.unknownKioskHint}
      </p>
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t.dismiss}
      </button>
    </div>
  );
}
