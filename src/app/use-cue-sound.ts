import { useEffect, useRef } from 'react';
import type { SoundPlayer } from '../sound/sound-player';
import type { FiredCue } from '../store/clinic-store';
import type { FiredBreakCue } from '../store/session-actions';
import { useClinicStoreApi, useSettings } from '../store/store-context';

/** One room, one speaker: the console rings unless the settings move the sound to the projector. */
export function isSoundWindow(isProjector: boolean, soundInProjector: boolean): boolean {
  return isProjector ? soundInProjector : !soundInProjector;
}

type Fired = { cue: { id: string }; firedAt: number };

const GESTURES = ['pointerdown', 'keydown', 'touchend', 'click'] as const;

/**
 * Rings each new cue of the clinic store (the clinic's and a session break's) in this window, following the sound settings (the
 * settings store follows what another window of the app saves).
 * Only cues fired after this page loaded ring: a reload never replays an old chime.
 * Any click or key press also asks the browser to allow audio (the autoplay rules want one).
 */
export function useCueSound(
  player: SoundPlayer,
  isProjector: boolean,
  /** When the page loaded, on the app's clock; only cues fired since ring. */
  loadedAt: () => number,
): { soundHere: boolean } {
  const store = useClinicStoreApi();
  const soundOn = useSettings((s) => s.soundOn);
  const volume = useSettings((s) => s.volume);
  const soundSet = useSettings((s) => s.soundSet);
  const soundInProjector = useSettings((s) => s.soundInProjector);
  const soundHere = isSoundWindow(isProjector, soundInProjector);
  const soundHereRef = useRef(soundHere);

  useEffect(() => {
    soundHereRef.current = soundHere;
  }, [soundHere]);

  useEffect(() => player.setVolume(volume), [player, volume]);
  useEffect(() => player.setMuted(!soundOn), [player, soundOn]);
  useEffect(() => {
    // The console also keeps a set loaded for its "Test sound" button.
    if (soundHere || !isProjector) player.setSoundSet(soundSet);
  }, [player, soundSet, soundHere, isProjector]);

  useEffect(() => {
    // Once per cue and instant: the projector receives the same cue again with every synced state.
    const rung = { clinic: '', break: '' };
    const ring = <T extends Fired>(
      fired: T | null,
      channel: keyof typeof rung,
      play: (cue: T) => void,
    ) => {
      if (!fired || fired.firedAt < loadedAt() || !soundHereRef.current) return;
      const key = `${fired.cue.id}@${fired.firedAt}`;
      if (key === rung[channel]) return;
      rung[channel] = key;
      play(fired);
    };
    const ringClinic = (fired: FiredCue | null) =>
      ring(fired, 'clinic', ({ cue }) => void player.playCue(cue.kind));
    // A session's break rings its call back and its end the same way, from `lastBreakCue`.
    const ringBreak = (fired: FiredBreakCue | null) =>
      ring(fired, 'break', ({ cue }) => void player.playBreakCue(cue.kind));
    // A cue of this page that fired while the sound service was still loading rings now.
    ringClinic(store.getState().lastCue);
    ringBreak(store.getState().lastBreakCue);
    return store.subscribe((state, previous) => {
      if (state.lastCue !== previous.lastCue) ringClinic(state.lastCue);
      if (state.lastBreakCue !== previous.lastBreakCue) ringBreak(state.lastBreakCue);
    });
  }, [store, player, loadedAt]);

  useEffect(() => {
    const onGesture = () => {
      // A projector without the sound has nothing to unlock (and need not load howler).
      if (isProjector && !soundHereRef.current) return;
      if (player.getAccess() !== 'ready') player.unlock();
    };
    // Capture phase: the browser gets its resume() before the click starts the clinic and
    // the clinic's first chime asks to play.
    GESTURES.forEach((type) => window.addEventListener(type, onGesture, true));
    return () => GESTURES.forEach((type) => window.removeEventListener(type, onGesture, true));
  }, [player, isProjector]);

  return { soundHere };
}
