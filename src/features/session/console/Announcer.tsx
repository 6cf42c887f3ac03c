import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../clinic/clock';
import { PHASE_COUNT, phaseTextKeys } from '../../../clinic/phases';
import { currentPhase } from '../../../clinic/state';
import type { ClinicStoreState } from '../../../store/clinic-store';
import { useClinicStoreApi, useSettingsStoreApi } from '../../../store/store-context';

/** What to say, if anything, when the store moves from `previous` to `state`. */
export function announcementFor(
  state: ClinicStoreState,
  previous: ClinicStoreState,
  t: TFunction<'translation'>,
): string | null {
  const fired = state.lastCue;
  if (fired && fired !== previous.lastCue) {
    const { cue } = fired;
    const phaseName = t(phaseTextKeys(cue.phaseId).name);
    switch (cue.kind) {
      case 'phaseStart':
      case 'stillnessStart': {
        return t('announce.phase', {
          number: state.clinic.phaseIndex + 1,
          count: PHASE_COUNT,
          phase: phaseName,
          speakers: t(`speakers.${currentPhase(state.clinic).speakers}`),
        });
      }
      case 'wrapUp':
        return t('announce.wrapUp', {
          time: formatDuration(state.clinic.plan.wrapUpMs),
          phase: phaseName,
        });
      case 'phaseEnd':
        return t('announce.overtime', { phase: phaseName });
      case 'stillnessEnd':
        return t('cue.stillnessEnd');
      case 'handover': {
        const name =
          cue.turnIndex === undefined ? undefined : state.clinic.plan.coaches[cue.turnIndex];
        return name ? t('announce.handoverCoach', { name }) : t('announce.handoverOwner');
      }
      case 'overtime':
        // Reminders chime, but a screen reader hears about overtime once, when it begins.
        return null;
    }
  }
  if (state.clinic.status !== previous.clinic.status) {
    if (state.clinic.status === 'paused') return t('announce.paused');
    if (state.clinic.status === 'running' && previous.clinic.status === 'paused') {
      return t('announce.resumed');
    }
  }
  return null;
}

/**
 * A polite live region: it speaks phase changes, the wrap-up, the start of overtime, hand-overs
 * pauses and the sound switch, and never the ticking seconds.
 */
export function Announcer() {
  const { t } = useTranslation();
  const store = useClinicStoreApi();

  const settings = useSettingsStoreApi();
  const [message, setMessage] = useState('');

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const text = announcementFor(state, previous, t);
        if (text) setMessage(text);
      }),
    [store, t],
  );
  useEffect(
    () =>
      settings.subscribe((state, previous) => {
        if (state.soundOn !== previous.soundOn) {
          setMessage(state.soundOn ? t('announce.soundOn') : t('announce.soundOff'));
        }
      }),
    [settings, t],
  );

  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
      {message}
    </div>
  );
}
