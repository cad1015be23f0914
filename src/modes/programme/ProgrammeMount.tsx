/**
 * Where the programme dialog lives while it is open, and the start link: `?session=<id>` opens the
 * programme on that session once the visit is ready (never on a kiosk, whose visitors start afresh).
 */
import { useEffect } from 'react';
import { launch } from '../../launch/launch.ts';
import { ProgrammeDialog } from './ProgrammeDialog.tsx';
import { openProgramme, useProgrammeUi } from '../../state/programme.ts';

/** The start link is followed once per page, even if the interface remounts (a kiosk's reset). */
let startHandled = false;

export function ProgrammeMount() {
  const open = useProgrammeUi((s) => s.open);
  useEffect(() => {
    if (startHandled || launch.kiosk || !launch.session) return;
    startHandled = true;
    openProgramme(launch.session);
  }, []);
  return open ? <ProgrammeDialog /> : null;
}
