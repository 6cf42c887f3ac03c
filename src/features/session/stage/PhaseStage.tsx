import type { ReactNode } from 'react';
import { BreathingCircle } from './BreathingCircle';
import { ConfidentialityNote } from './ConfidentialityNote';
import { Countdown } from './Countdown';
import { MirroringPanel } from './MirroringPanel';
import { ModeBadges } from './ModeBadges';
import { PhaseHeading } from './PhaseHeading';
import { PhasePrompt } from './PhasePrompt';

/**
 * The phase as the console and the projector both show it: its name, its time, who speaks, and
 * the prompt. Only the console hands in a control for the mirroring turns.
 */
export function PhaseStage({
  headingId,
  turnControl,
}: {
  headingId: string;
  turnControl?: ReactNode;
}) {
  return (
    <>
      <PhaseHeading id={headingId} />
      <div className="stage-time">
        <BreathingCircle />
        <Countdown />
        <div className="time-side">
          <ModeBadges />
          <MirroringPanel control={turnControl} />
        </div>
      </div>
      <ConfidentialityNote />
      <PhasePrompt />
    </>
  );
}
