import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

// What the sound controls need from the sound service. The app hands the real player in
// (ui/ does not import sound/); tests hand in a fake.

/** `locked`: the browser waits for a click before it lets the page make sound. */
export type AudioAccessState = 'pending' | 'locked' | 'ready';

export interface SoundAccess {
  getAccess(): AudioAccessState;
  subscribe(listener: () => void): () => void;
  /** Must be called from the click or key press itself. */
  unlock(): void;
  test(): Promise<unknown>;
}

const SoundAccessContext = createContext<SoundAccess | null>(null);

export function SoundAccessProvider({
  access,
  children,
}: {
  /** Null until the sound service is in: the controls are then not drawn. */
  access: SoundAccess | null;
  children: ReactNode;
}) {
  return <SoundAccessContext.Provider value={access}>{children}</SoundAccessContext.Provider>;
}

/** The sound service, or null where none is wired in (then the controls render nothing). */
export function useSoundAccess(): SoundAccess | null {
  return useContext(SoundAccessContext);
}

const neverChanges = () => () => {};

export function useAudioAccessState(): AudioAccessState {
  const access = useSoundAccess();
  return useSyncExternalStore(
    access ? access.subscribe : neverChanges,
    () => access?.getAccess() ?? 'pending',
  );
}
