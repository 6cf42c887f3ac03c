import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { addMember, removeMember, renameMember } from '../../../clinic/session/plan/plan-edit';
import { MAX_GROUP, MIN_GROUP, type SessionPlan } from '../../../clinic/session/plan/session-plan';
import { CoachButton, focusSoon } from '../CoachList';
import { GroupFromTemplate } from '../templates/lazy-tools';
import type { PlannerErrorText } from './planner-errors';

/** The group, entered once: every case owner, coach and rotating facilitator comes from here. */
export function GroupMembers({
  plan,
  onChange,
  errorText,
}: {
  plan: SessionPlan;
  onChange: (plan: SessionPlan) => void;
  errorText: PlannerErrorText;
}) {
  const { t } = useTranslation();
  const groupError = errorText('group');
  return (
    <fieldset className="card">
      <legend>{t('planner.groupSection')}</legend>
      {groupError && <p className="field-error">{groupError}</p>}
      <ol className="coach-list">
        {plan.group.map((member, index) => {
          const number = index + 1;
          const id = `member-${member.id}-name`;
          const error = errorText(`member.${member.id}`);
          return (
            <li key={member.id} className="coach-row">
              <div className="coach-field">
                <label htmlFor={id}>{t('planner.member', { number })}</label>
                <input
                  id={id}
                  autoComplete="off"
                  value={member.name}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(e) => onChange(renameMember(plan, member.id, e.target.value))}
                />
                {error && (
                  <p className="field-error" id={`${id}-error`}>
                    {error}
                  </p>
                )}
              </div>
              <div className="coach-actions">
                <CoachButton
                  symbol="×"
                  label={t('planner.removeMember', { number })}
                  disabled={plan.group.length <= MIN_GROUP}
                  onClick={() => onChange(removeMember(plan, member.id))}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        disabled={plan.group.length >= MAX_GROUP}
        onClick={() => {
          onChange(addMember(plan, ''));
          focusSoon(`member-${plan.nextMemberId}-name`);
        }}
      >
        {t('planner.addMember')}
      </button>
      <Suspense fallback={null}>
        <GroupFromTemplate plan={plan} onChange={onChange} />
      </Suspense>
    </fieldset>
  );
}
