import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isInSession } from '../clinic/state';
import { WallReview } from '../features/followup/lazy-followup';
import type { ReviewExhibit } from '../features/session/projector/RoomWall';
import { createClinicStore } from '../store/clinic-store';
import { RoomStoreProvider } from '../store/room-context';
import { createRoomStore } from '../store/room-store';
import {
  StoresProvider,
  useClinic,
  useClinicStoreApi,
  useSettingsStoreApi,
} from '../store/store-context';
import { FullscreenIcon } from '../ui/icons';
import { toggleFullscreen } from './fullscreen';
import { useWallFullscreen } from './wall-fullscreen';
import { ProjectorBreak, ProjectorScreen, ProjectorSessionBar } from './lazy-screens';
import { followClinic } from './projector-follow';
import { SoundProvider, SoundUnlockBar } from './SoundProvider';
import { useDocumentTheme } from './use-document-theme';
import { useWakeLock } from './use-wake-lock';

// The room's window is a chunk of its own: the console's first download does not carry it.

/**
 * The room's window (`?view=projector`): read-only. It keeps its own store that never writes to
 * the device's storage and never ticks cues; it starts from the saved clinic and then follows the
 * console.
 */
export function ProjectorApp() {
  const settings = useSettingsStoreApi();
  const windowStore = useClinicStoreApi();
  const [projectorStore] = useState(() =>
    createClinicStore({ storage: windowStore.storage?.readOnly(), clock: windowStore.clock }),
  );
  // The room's view as the console saved it, followed through the device's storage.
  const [room] = useState(() =>
    createRoomStore(windowStore.storage?.readOnly(), windowStore.clock),
  );
  useEffect(() => followClinic(projectorStore), [projectorStore]);
  return (
    <StoresProvider stores={{ clinic: projectorStore, settings }}>
      <RoomStoreProvider room={room}>
        <SoundProvider isProjector>
          <ProjectorRoot />
        </SoundProvider>
      </RoomStoreProvider>
    </StoresProvider>
  );
}

function renderWallReview({ caseOwner, items }: ReviewExhibit) {
  return (
    <Suspense fallback={null}>
      <WallReview caseOwner={caseOwner} items={items} headingLevel={1} />
    </Suspense>
  );
}

function ProjectorRoot() {
  const { t } = useTranslation();
  const inBreak = useClinic((s) => s.session?.status === 'break');
  // Awake through a pause too, and through a session's break: the wall must not go dark.
  const inSession = useClinic((s) => isInSession(s.clinic)) || inBreak;
  const { moving, fullscreen } = useWallFullscreen();
  useDocumentTheme();
  useWakeLock(inSession);
  return (
    <main
      className="app app-projector"
      data-pointer={moving ? 'moving' : 'idle'}
      data-fullscreen={fullscreen}
    >
      <SoundUnlockBar />
      {moving && (
        <button
          type="button"
          className="button wall-fullscreen-button"
          aria-keyshortcuts="F"
          onClick={() => toggleFullscreen()}
        >
          <FullscreenIcon />
          {fullscreen ? t('projector.exitFullscreen') : t('projector.fullscreen')}
        </button>
      )}
      {/* Its own boundary: the bar coming in never blanks the wall. */}
      <Suspense fallback={null}>{!inBreak && <ProjectorSessionBar wall />}</Suspense>
      <Suspense fallback={null}>
        {inBreak ? <ProjectorBreak /> : <ProjectorScreen renderReview={renderWallReview} />}
      </Suspense>
    </main>
  );
}
