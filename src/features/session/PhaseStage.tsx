import { BreathingCircle } from './BreathingCircle';
import { Countdown } from './Countdown';
import { MirroringPanel } from './MirroringPanel';
import { ConfidentialityNote, ModeBadges, PhaseHeading, PhasePrompt } from './SessionParts';

/**
 * The phase as the console and the projector both show it: its name, its time, who speaks, and
 * the prompt. Only the console gets the hand-over button.
 */
export function PhaseStage({
  headingId,
  withControl,
}: {
  headingId: string;
  withControl: boolean;
}) {
  return (
    <>
      <PhaseHeading id={headingId} />
      <div className="stage-time">
        <BreathingCircle />
        <Countdown />
        <div className="time-side">
          <ModeBadges />
          <MirroringPanel withControl={withControl} />
        </div>
      </div>
      <ConfidentialityNote />
      <PhasePrompt />
    </>
  );
}
