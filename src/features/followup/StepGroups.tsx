import { useTranslation } from 'react-i18next';
import { groupByDue, groupByPerson, type FollowUpStep } from '../../takeaway/follow-up';
import type { StepStatus } from '../../takeaway/notes';
import { OverdueIcon } from '../../ui/icons';
import { useFollowUpFormat } from './follow-up-words';

// The open next steps, grouped by person or by when they are due. Overdue ones are marked three
// ways: colour, an icon and the word, so none of the three alone carries it.

export type Arrangement = 'person' | 'due';

function StepEntry({
  step,
  showOwner,
  onStatus,
}: {
  step: FollowUpStep;
  showOwner: boolean;
  onStatus: (step: FollowUpStep, status: StepStatus) => void;
}) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const overdue = step.bucket === 'overdue';
  return (
    <li className={overdue ? 'followup-step followup-step-overdue' : 'followup-step'}>
      <p className="followup-step-text" dir="auto">
        {step.text}
      </p>
      <p className="followup-step-meta">
        {overdue && (
          <strong className="followup-overdue">
            <OverdueIcon /> {t('followup.overdue')}
          </strong>
        )}
        {step.dueDate && (
          <span>
            {t('followup.due')}: {format.localDate(step.dueDate)}
          </span>
        )}
        {showOwner && step.owner && (
          <span>
            {t('followup.owner')}: <bdi>{step.owner}</bdi>
          </span>
        )}
        <span dir="auto">
          {t('followup.from', {
            title: step.clinicTitle || t('history.untitled'),
            date: format.date(step.clinicStartedAt),
          })}
        </span>
      </p>
      <span className="button-row">
        <button
          type="button"
          className="button button-small"
          aria-label={t('followup.markDoneLabel', { text: step.text })}
          onClick={() => onStatus(step, 'done')}
        >
          {t('followup.markDone')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t('followup.markDroppedLabel', { text: step.text })}
          onClick={() => onStatus(step, 'dropped')}
        >
          {t('followup.markDropped')}
        </button>
      </span>
    </li>
  );
}

export function StepGroups({
  steps,
  arrangement,
  onStatus,
}: {
  steps: readonly FollowUpStep[];
  arrangement: Arrangement;
  onStatus: (step: FollowUpStep, status: StepStatus) => void;
}) {
  const { t } = useTranslation();
  if (steps.length === 0) return <p>{t('followup.noSteps')}</p>;
  const groups =
    arrangement === 'person'
      ? groupByPerson(steps).map((group) => ({
          id: `person-${group.key}`,
          heading: group.name || t('followup.noOwner'),
          overdue: false,
          items: group.items,
        }))
      : groupByDue(steps).map((group) => ({
          id: `due-${group.bucket}`,
          heading: t(`followup.bucket.${group.bucket}`),
          overdue: group.bucket === 'overdue',
          items: group.items,
        }));
  return (
    <div className="followup-groups">
      {groups.map((group) => (
        <section key={group.id} aria-label={group.heading}>
          <h3 dir="auto" className={group.overdue ? 'followup-overdue' : undefined}>
            {group.overdue && <OverdueIcon />} {group.heading}
          </h3>
          <ul className="followup-list">
            {group.items.map((step) => (
              <StepEntry
                key={`${step.clinicId}-${step.stepId}`}
                step={step}
                showOwner={arrangement === 'due'}
                onStatus={onStatus}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
