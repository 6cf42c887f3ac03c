import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SoundPlayer } from '../sound/sound-player';
import { useClinic, useClock, useSettings } from '../store/store-context';
import { isInSession } from '../clinic/state';
import { SoundAccessProvider, useAudioAccessState } from '../ui/sound-controls/sound-access';
import { useTranslation } from 'react-i18next';
import { SoundUnlockButton } from '../ui/sound-controls/SoundControls';
import type { ChannelFactory } from './projector-sync';
import { SoundEngine } from './lazy-screens';
import type { SoundWiring } from './SoundEngine';

/**
 * Wires the sound service in: rings the clinic's cues in the window that has the sound and
 * hands the player to the sound controls. Goes inside the stores of its window. The service
 * itself arrives as its own chunk; until then the sound controls are not drawn.
 */
export function SoundProvider({
  isProjector,
  player,
  channel,
  children,
}: {
  isProjector: boolean;
  /** Tests hand in a player with a fake howler. */
  player?: SoundPlayer;
  /** Tests hand in a channel between two windows. */
  channel?: ChannelFactory;
  children: ReactNode;
}) {
  const [wiring, setWiring] = useState<SoundWiring | null>(null);
  // Cues fired before this page loaded never ring here (a reload must not replay a chime).
  const clock = useClock();
  const [mountedAt] = useState(() => clock.now());
  const loadedAt = useCallback(() => clock.loadedAt?.() ?? mountedAt, [clock, mountedAt]);
  const [engineReady, setEngineReady] = useState(() => SoundEngine.isLoaded());
  useEffect(() => {
    if (engineReady) return;
    let live = true;
    SoundEngine.preload().then(
      () => live && setEngineReady(true),
      () => undefined, // offline before the first full visit: no sound, the clinic runs on
    );
    return () => {
      live = false;
    };
  }, [engineReady]);
  return (
    <SoundAccessProvider access={wiring?.access ?? null}>
      <SoundHereContext.Provider value={wiring ?? NO_WIRING}>
        {children}
        {engineReady && (
          <SoundEngine
            isProjector={isProjector}
            player={player}
            channel={channel}
            loadedAt={loadedAt}
            onWiring={setWiring}
          />
        )}
      </SoundHereContext.Provider>
    </SoundAccessProvider>
  );
}

const NO_WIRING = { soundHere: false, roomState: null } as const;
const SoundHereContext = createContext<Pick<SoundWiring, 'soundHere' | 'roomState'>>(NO_WIRING);

/**
 * "Sound is off: click to enable", while the browser blocks audio during a clinic, in the
 * window that has the sound. Place it inside the page's main landmark.
 */
export function SoundUnlockBar() {
  const { soundHere } = useContext(SoundHereContext);
  const soundOn = useSettings((s) => s.soundOn);
  const inSession = useClinic((s) => isInSession(s.clinic));
  if (!soundHere || !soundOn || !inSession) return null;
  return (
    <div className="sound-unlock-bar">
      <SoundUnlockButton />
    </div>
  );
}

/** One line, one truth: what the console's sound line says (never "on" beside "off"). */
export type SoundLine =
  | 'off'
  | 'checking'
  | 'onHere'
  | 'blockedHere'
  | 'onProjector'
  | 'blockedProjector'
  | 'noProjector';

/** Where the chimes ring and whether that window can play them now. */
export function useSoundLine(): SoundLine {
  const { soundHere, roomState } = useContext(SoundHereContext);
  const soundOn = useSettings((s) => s.soundOn);
  const inProjector = useSettings((s) => s.soundInProjector);
  const here = useAudioAccessState();
  if (!soundOn) return 'off';
  if (inProjector && !soundHere) {
    if (roomState === 'ready') return 'onProjector';
    if (roomState === 'locked') return 'blockedProjector';
    return roomState === 'pending' ? 'checking' : 'noProjector';
  }
  if (here === 'ready') return 'onHere';
  return here === 'locked' ? 'blockedHere' : 'checking';
}

/**
 * The console's sound line: where the chimes ring and whether that window can play them now.
 * When this window waits for a click, the "click to enable" bar is the control; when the
 * projector window waits, the click must be made there, and the line says so.
 */
export function SoundStatus() {
  const { t } = useTranslation();
  const line = useSoundLine();
  const blocked = line === 'off' || line.startsWith('blocked') || line === 'noProjector';
  return (
    <p className="sound-state" data-sound={line} data-blocked={blocked ? 'true' : undefined}>
      {t(`sound.line.${line}`)}
    </p>
  );
}
