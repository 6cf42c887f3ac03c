import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseAt } from '../../clinic/phases';
import { reviewItems, type ReviewDecision, type ReviewItem } from '../../takeaway/review';
import { clinicHistoryId, decideReviewItem } from '../../store/follow-up-actions';
import { useKeptClinics } from '../../store/kept-clinics';
import { useClinic } from '../../store/store-context';
import { useHistoryStoreApi, useNotesStoreApi } from '../../store/takeaway-context';
import { ShowOnWall } from '../../ui/ShowOnWall';
import { ReviewList } from './ReviewList';

// In the console, during the roles phase only: when the case owner has earlier kept clinics
// with open next steps, the facilitator asks "how did it go?" and marks each one. Outside that
// phase, or with nothing to review, it draws nothing.

export function ReviewPanel() {
  const inRoles = useClinic((s) => phaseAt(s.clinic.phaseIndex).id === 'roles');
  const caseOwner = useClinic((s) => s.clinic.plan.caseOwner);
  const startedAt = useClinic((s) => s.clinic.clinicStartedAt);
  const id = useClinic((s) => clinicHistoryId(s.clinic));
  const clinicId = useClinic((s) => s.clinic.clinicId);
  if (!inRoles || startedAt === null || id === null || caseOwner.trim() === '') return null;
  return <Review caseOwner={caseOwner.trim()} startedAt={startedAt} id={id} clinicId={clinicId} />;
}

interface ReviewProps {
  caseOwner: string;
  startedAt: number;
  id: string;
  clinicId: string | null;
}

function Review({ caseOwner, startedAt, id, clinicId }: ReviewProps) {
  const { t } = useTranslation();
  const notes = useNotesStoreApi();
  const history = useHistoryStoreApi();
  const kept = useKeptClinics();
  const [failed, setFailed] = useState(false);
  const items = useMemo(
    () => reviewItems(kept.clinics, { id, caseOwner, startedAt }),
    [kept.clinics, id, caseOwner, startedAt],
  );
  if (items.length === 0) return null;
  const decide = async (item: ReviewItem, decision: ReviewDecision | null) => {
    setFailed(!(await decideReviewItem({ notes, history }, id, item, decision)));
  };
  return (
    <>
      <ReviewList caseOwner={caseOwner} items={items} onDecide={decide} />
      {/* The room sees the list only when the facilitator chooses to show it. */}
      <ShowOnWall exhibit={{ kind: 'review', caseOwner, items }} clinicId={clinicId} />
      {failed && (
        <p role="alert" className="notice">
          {t('followup.review.saveFailed')}
        </p>
      )}
    </>
  );
}
