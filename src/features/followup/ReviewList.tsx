import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_DECISIONS, type ReviewDecision, type ReviewItem } from '../../takeaway/review';
import { useFollowUpFormat } from './follow-up-words';
import './followup.css';

// "How did it go?": the case owner's open steps from earlier clinics. Drawn from plain props, so
// the room can be shown the same list (without the buttons) when the facilitator chooses to.

export interface ReviewListProps {
  caseOwner: string;
  items: readonly ReviewItem[];
  /** The facilitator's choice; without it (the room's copy) the list only shows. */
  onDecide?: (item: ReviewItem, decision: ReviewDecision | null) => void;
  /** Level of the heading: 2 in the console, 1 when it fills a screen. */
  headingLevel?: 1 | 2;
}

export function ReviewList({ caseOwner, items, onDecide, headingLevel = 2 }: ReviewListProps) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFollowUpFormat();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="review-panel" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('followup.review.heading')}</Heading>
      <p className="review-intro" dir="auto">
        {t('followup.review.intro', { owner: caseOwner })}
      </p>
      <ul className="review-list">
        {items.map((item) => (
          <li
            key={`${item.origin.clinicId}-${item.origin.stepId}`}
            className="review-item"
            data-decision={item.decision ?? 'open'}
          >
            <p className="review-item-text" dir="auto">
              {item.text}
            </p>
            <p className="review-item-meta" dir="auto">
              {[
                item.owner && `${t('followup.owner')}: ${item.owner}`,
                item.dueDate && `${t('followup.due')}: ${format.localDate(item.dueDate)}`,
                t('followup.review.fromClinic', {
                  title: item.clinicTitle || t('history.untitled'),
                  date: format.date(item.clinicStartedAt),
                }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p className="review-item-state">
              {item.decision
                ? t(`followup.review.decided.${item.decision}`)
                : t('followup.review.undecided')}
            </p>
            {onDecide && (
              <div
                role="group"
                className="review-choices"
                aria-label={t('followup.review.choices', { text: item.text })}
              >
                {REVIEW_DECISIONS.map((decision) => (
                  <button
                    key={decision}
                    type="button"
                    className="button button-small"
                    aria-pressed={item.decision === decision}
                    onClick={() => onDecide(item, item.decision === decision ? null : decision)}
                  >
                    {t(`followup.review.decision.${decision}`)}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
