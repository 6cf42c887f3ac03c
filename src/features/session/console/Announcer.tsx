import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../clinic/clock';
import { PHASE_COUNT, phaseTextKeys } from '../../../clinic/phases';
import { currentPhase } from '../../../clinic/state';
import { formatTime, intlLocale } from '../../../i18n/format';
import type { ClinicStoreState } from '../../../store/clinic-store';
import { useClinicStoreApi, useSettingsStoreApi } from '../../../store/store-context';

/** What to say, if anything, when the store moves from `previous` to `state`. */
export function announcementFor(
  state: ClinicStoreState,
  previous: ClinicStoreState,
  t: TFunction<'translation'>,
  /** The language the times are said in. */
  language = 'en',
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
  const fit = state.session ? state.session.lastFit : state.lastClinicFit;
  const fitBefore = previous.session ? previous.session.lastFit : previous.lastClinicFit;
  if (fit !== fitBefore && state.session?.status !== 'finished') {
    const endBy = state.session ? state.session.plan.endBy : state.endBy;
    if (fit && endBy !== null) {
      return t('fit.announceFitted', { time: formatTime(endBy, intlLocale(language)) });
    }
    if (!fit && fitBefore) return t('fit.announceUndone');
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
  const { t, i18n } = useTranslation();
  const store = useClinicStoreApi();

  const settings = useSettingsStoreApi();
  const [message, setMessage] = useState('');

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const text = announcementFor(state, previous, t, i18n.resolvedLanguage ?? i18n.language);
        if (text) setMessage(text);
      }),
    [store, t, i18n],
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
