import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../clinic/clock';
import { phaseTextKeys } from '../clinic/phases';
import type { FiredCue } from '../store/clinic-store';
import type { Clock } from '../store/clock';
import { useClinic, useClock } from '../store/store-context';
import { BellIcon, HourglassIcon, OvertimeIcon } from './icons';
import './cue-banner.css';

/** How long the visual twin of a chime stays on screen. */
export const CUE_BANNER_MS = 8000;

/**
 * The visual twin of the last chime: a calm line of text that appears when a cue fires and goes
 * after a few seconds. It fades in unless the viewer asked for reduced motion (then it is simply
 * there). It is not a live region: the console's announcer speaks for screen readers.
 */
export function CueBanner() {
  const lastCue = useClinic((s) => s.lastCue);
  const clock = useClock();
  if (!lastCue) return null;
  return <ShownCue key={`${lastCue.cue.id}@${lastCue.firedAt}`} fired={lastCue} clock={clock} />;
}

function ShownCue({ fired, clock }: { fired: FiredCue; clock: Clock }) {
  const { t } = useTranslation();
  const coaches = useClinic((s) => s.clinic.plan.coaches);
  const wrapUpMs = useClinic((s) => s.clinic.plan.wrapUpMs);
  const [visible, setVisible] = useState(() => clock.now() - fired.firedAt < CUE_BANNER_MS);

  useEffect(() => {
    if (!visible) return;
    const timer = setTimeout(
      () => setVisible(false),
      Math.max(0, fired.firedAt + CUE_BANNER_MS - clock.now()),
    );
    return () => clearTimeout(timer);
  }, [visible, fired, clock]);

  if (!visible) return null;
  const { cue } = fired;
  const phase = t(phaseTextKeys(cue.phaseId).name);
  let text: string;
  switch (cue.kind) {
    case 'handover': {
      const name = cue.turnIndex === undefined ? undefined : coaches[cue.turnIndex];
      text = name ? t('cue.handoverCoach', { name }) : t('cue.handoverOwner');
      break;
    }
    case 'wrapUp':
      text = t('cue.wrapUp', { time: formatDuration(wrapUpMs) });
      break;
    default:
      text = t(`cue.${cue.kind}`, { phase });
  }
  const Icon =
    cue.kind === 'wrapUp' ? HourglassIcon : cue.kind === 'overtime' ? OvertimeIcon : BellIcon;
  return (
    <div className="cue-banner" data-cue={cue.kind} data-testid="cue-banner">
      <Icon />
      <span>{text}</span>
    </div>
  );
}
