import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpSummary } from '../../takeaway/follow-up';
import { useKeptClinics } from '../../store/kept-clinics';
import { useClock } from '../../store/store-context';

/** On the setup screen, quietly: check-ins this week and steps overdue, once a clinic is kept. */
export function FollowUpSummary() {
  const { t } = useTranslation();
  const kept = useKeptClinics();
  const clock = useClock();
  const [now] = useState(() => clock.now());
  if (kept.status !== 'ready' || kept.clinics.length === 0) return null;
  const { checkInsThisWeek, overdueSteps } = followUpSummary(kept.clinics, now);
  return (
    <p className="followup-summary">
      {t('followup.summary.checkIns', { count: checkInsThisWeek })}
      {' · '}
      {t('followup.summary.overdue', { count: overdueSteps })}
    </p>
  );
}
