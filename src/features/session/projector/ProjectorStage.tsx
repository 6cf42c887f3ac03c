import { CueBanner } from '../../../ui/CueBanner';
import { useShrinkToFit } from '../../../ui/use-shrink-to-fit';
import { BreathingCircle } from '../stage/BreathingCircle';
import { CaseLine } from '../stage/CaseLine';
import { ConfidentialityNote } from '../stage/ConfidentialityNote';
import { Countdown } from '../stage/Countdown';
import { MirroringPanel } from '../stage/MirroringPanel';
import { ModeBadges } from '../stage/ModeBadges';
import { PhaseHeading } from '../stage/PhaseHeading';
import { PhasePrompt } from '../stage/PhasePrompt';
import { SessionFrame } from '../stage/SessionFrame';
import { HelpAsked } from './HelpAsked';
import { WallMessage } from './RoomWall';
import { WallPeople } from './WallPeople';

/**
 * The running clinic as a stage display. The countdown is the hero, sized by the window alone;
 * the phase and its mode sit above it, the prompt below. Everything typed by people (names, the
 * case, the question, the facilitator's message) goes in the box between, whose type shrinks to
 * fit it, so no text can push the countdown off its share of the wall.
 */
export function ProjectorStage({ message }: { message: string | null }) {
  const fitRef = useShrinkToFit<HTMLDivElement>();
  return (
    <SessionFrame variant="projector">
      <section className="stage projector-stage" aria-labelledby="projector-phase-name">
        <div className="wall-head">
          <PhaseHeading id="projector-phase-name" />
          <div className="wall-head-side">
            <ModeBadges />
            <div className="cue-slot">
              <CueBanner />
            </div>
          </div>
        </div>
        <div className="wall-hero">
          <BreathingCircle />
          <Countdown />
        </div>
        {message !== null ? (
          <WallMessage text={message} className="wall-message" />
        ) : (
          <div className="wall-info wall-fit" ref={fitRef}>
            <MirroringPanel />
            <WallPeople />
            <HelpAsked />
            <CaseLine />
          </div>
        )}
        <ConfidentialityNote />
        <PhasePrompt />
      </section>
    </SessionFrame>
  );
}
