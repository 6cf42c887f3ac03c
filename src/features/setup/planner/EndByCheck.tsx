import { useTranslation } from 'react-i18next';
import type { SessionFit } from '../../../clinic/session/fit/fit-session';
import type { FitChange } from '../../../clinic/session/state';
import { formatTime, intlLocale } from '../../../i18n/format';
import { formatMinutes } from '../minutes';

const MINUTE_MS = 60_000;
const minutesOver = (ms: number) => Math.ceil(ms / MINUTE_MS);

export interface EndByCheckProps {
  /** The answer of fitPlan / fitClinic for the plan as it stands. */
  fit: SessionFit;
  /** Names a phase or a break of the preview: "Case 2: Stillness", "Break after case 1". */
  describePart: (key: FitChange['key']) => string;
  /** Names the cases to leave out: "Case 3 (Dora)". */
  describeCases: (clinicIds: number[]) => string;
  onFit: (lengths: FitChange[]) => void;
  /** Takes the last fit back; null when there is none to undo. */
  onUndo: (() => void) | null;
}

/**
 * Whether the plan ends by its end time, said before the start with the numbers; when it does
 * not, the fit's before and after per phase and break and the button that applies it; when even
 * the shortest plan is too long, what to leave out.
 */
export function EndByCheck({ fit, describePart, describeCases, onFit, onUndo }: EndByCheckProps) {
  const { t, i18n } = useTranslation();
  const time = (epochMs: number) => formatTime(epochMs, intlLocale(i18n.language));
  if (fit.status === 'refused' && fit.code === 'noEndTime') return null;

  const undo = onUndo && (
    <button type="button" className="button" onClick={onUndo}>
      {t('endBy.undo')}
    </button>
  );
  if (fit.status === 'onTime') {
    return (
      <div className="end-by-check">
        <p role="status">
          {onUndo
            ? t('endBy.fitted', { endBy: time(fit.endAt) })
            : t('endBy.fits', { end: time(fit.expectedEndAt), endBy: time(fit.endAt) })}
        </p>
        {undo}
      </div>
    );
  }

  const endBy = time(fit.endAt);
  const tooLate = (
    <p className="end-by-late" role="status">
      {t('endBy.tooLate', {
        end: time(fit.expectedEndAt),
        endBy,
        count: minutesOver(fit.expectedEndAt - fit.endAt),
      })}
    </p>
  );
  if (fit.status === 'refused') {
    return (
      <div className="end-by-check end-by-refused">
        {tooLate}
        <p>
          {t('endBy.cannotFit', {
            endBy,
            end: time(fit.endAt + fit.missingMs),
            count: minutesOver(fit.missingMs),
          })}
        </p>
        <p>
          {fit.dropClinicIds.length > 0
            ? t('endBy.dropToFit', { endBy, cases: describeCases(fit.dropClinicIds) })
            : t('endBy.nothingToDrop')}
        </p>
        {undo}
      </div>
    );
  }

  const changed = fit.lengths.filter((change) => change.afterMs !== change.beforeMs);
  return (
    <div className="end-by-check">
      {tooLate}
      <table className="fit-preview">
        <caption>{t('endBy.previewHeading', { endBy })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('endBy.part')}</th>
            <th scope="col">{t('endBy.before')}</th>
            <th scope="col">{t('endBy.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((change) => {
            const part = describePart(change.key);
            return (
              <tr key={part}>
                <th scope="row">{part}</th>
                <td>{formatMinutes(change.beforeMs)}</td>
                <td>{formatMinutes(change.afterMs)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="end-by-actions">
        <button type="button" className="button button-primary" onClick={() => onFit(fit.lengths)}>
          {t('endBy.fit')}
        </button>
        {undo}
      </div>
    </div>
  );
}
