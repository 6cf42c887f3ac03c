import { useEffect, useRef } from 'react';
import type { SoundPlayer } from '../sound/sound-player';
import type { FiredCue } from '../store/clinic-store';
import { useClinicStoreApi, useSettings } from '../store/store-context';

/** One room, one speaker: the console rings unless the settings move the sound to the projector. */
export function isSoundWindow(isProjector: boolean, soundInProjector: boolean): boolean {
  return isProjector ? soundInProjector : !soundInProjector;
}

const GESTURES = ['pointerdown', 'keydown', 'touchend', 'click'] as const;

/**
 * Rings each new cue of the clinic store in this window, following the sound settings (the
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
  const lastRungRef = useRef<string | null>(null);

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
    const ring = (fired: FiredCue | null) => {
      if (!fired || fired.firedAt < loadedAt() || !soundHereRef.current) return;
      // The projector receives the same cue again with every synced state: ring it once.
      const key = `${fired.cue.id}@${fired.firedAt}`;
      if (key === lastRungRef.current) return;
      lastRungRef.current = key;
      void player.playCue(fired.cue.kind);
    };
    // A cue of this page that fired while the sound service was still loading rings now.
    ring(store.getState().lastCue);
    return store.subscribe((state, previous) => {
      if (state.lastCue !== previous.lastCue) ring(state.lastCue);
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
