import { CUE_KINDS, type Cue } from '../clinic/cues';
import { isInstant } from '../clinic/instants';
import { isPhaseId } from '../clinic/phases';
import { parseClinicState } from '../clinic/validate-state';
import type { ClinicStore, FiredCue } from '../store/clinic-store';
import type { FiredBreakCue } from '../store/session-actions';
import {
  loadSessionEngine,
  loadedSessionEngine,
  type SessionEngine,
} from '../store/session-loader';
import { browserChannel, isObject, type ChannelFactory } from './projector-sync';

// The projector's side of the sync (see projector-sync.ts): in the projector window's chunk only.

/**
 * Projector side: asks the console for the clinic, then follows every posted state. Anything that
 * does not read as a clinic is ignored, so a stray message cannot break the room's screen.
 */
export function followClinic(store: ClinicStore, openChannel: ChannelFactory = browserChannel) {
  const channel = openChannel();
  // A session's state needs the session's reader, a chunk of its own: while it loads, a later
  // message must not be overtaken by an earlier one that waited for it.
  let received = 0;
  let applied = 0;
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isObject(data) || data.type !== 'state') return;
    const parsed = parseClinicState(data.clinic);
    if (!parsed.ok) return;
    const order = (received += 1);
    const apply = (readSession: ((value: unknown) => SessionRead) | null) => {
      if (order < applied) return;
      applied = order;
      // A session that does not read as one is left out: the room still sees the clinic.
      const session = data.session == null || !readSession ? null : readSession(data.session);
      if (typeof data.aheadOfWallMs === 'number') store.clock.keepAhead?.(data.aheadOfWallMs);
      store.setState({
        clinic: parsed.value,
        lastCue: readFiredCue(data.lastCue),
        lastBreakCue: readFiredBreakCue(data.lastBreakCue),
        endBy: isInstant(data.endBy) ? data.endBy : null,
        session: session?.ok ? session.value : null,
      });
    };
    const engine = loadedSessionEngine();
    if (data.session == null || engine) apply(engine?.parseSessionState ?? null);
    else
      void loadSessionEngine().then(
        (loaded) => apply(loaded.parseSessionState),
        () => apply(null),
      );
  };
  channel?.addEventListener('message', onMessage);
  channel?.postMessage({ type: 'hello' });
  return () => {
    channel?.removeEventListener('message', onMessage);
    channel?.close();
  };
}

type SessionRead = ReturnType<SessionEngine['parseSessionState']>;

function readFiredCue(value: unknown): FiredCue | null {
  if (!isObject(value) || typeof value.firedAt !== 'number' || !isObject(value.cue)) return null;
  const cue = value.cue;
  if (
    typeof cue.id !== 'string' ||
    !(CUE_KINDS as readonly unknown[]).includes(cue.kind) ||
    !isPhaseId(cue.phaseId) ||
    typeof cue.atElapsedMs !== 'number'
  ) {
    return null;
  }
  return {
    firedAt: value.firedAt,
    cue: {
      id: cue.id,
      kind: cue.kind as Cue['kind'],
      phaseId: cue.phaseId,
      atElapsedMs: cue.atElapsedMs,
      ...(typeof cue.turnIndex === 'number' ? { turnIndex: cue.turnIndex } : {}),
    },
  };
}

function readFiredBreakCue(value: unknown): FiredBreakCue | null {
  if (!isObject(value) || typeof value.firedAt !== 'number' || !isObject(value.cue)) return null;
  const { id, kind, atElapsedMs } = value.cue;
  if (
    typeof id !== 'string' ||
    (kind !== 'breakWrapUp' && kind !== 'breakEnd') ||
    typeof atElapsedMs !== 'number'
  ) {
    return null;
  }
  return { firedAt: value.firedAt, cue: { id, kind, atElapsedMs } };
}
