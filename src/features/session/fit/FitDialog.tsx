import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../clinic/clock';
import { phaseTextKeys } from '../../../clinic/phases';
import type { SessionFit } from '../../../clinic/session/fit/fit-session';
import { formatTime, intlLocale } from '../../../i18n/format';
import { useClinicStoreApi } from '../../../store/store-context';
import { ModalDialog } from '../../../ui/ModalDialog';
import { dropNames, fitRows, type FitRowPart } from './fit-rows';
import './fit.css';

const MINUTE_MS = 60_000;
const minutesOver = (ms: number) => Math.ceil(ms / MINUTE_MS);
/** Minutes behind, as the forecast line above the console rounds them (never 0: it is late). */
const minutesBehind = (ms: number) => Math.max(1, Math.round(ms / MINUTE_MS));

/**
 * "Fit the rest to the end time": the preview, worked out when it opens. Fit applies it (the
 * store works it out again at that instant: only what has not started changes, so the numbers
 * hold); Cancel leaves everything as it was. When even the shortest rest is too long, it says
 * by how much and what to leave out.
 */
export function FitDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useClinicStoreApi();
  const headingId = useId();
  const [fit] = useState<SessionFit | null>(() => store.getState().previewFit());
  const session = store.getState().session;
  const time = (at: number) => formatTime(at, intlLocale(i18n.resolvedLanguage ?? i18n.language));
  const partName = (part: FitRowPart) =>
    part.kind === 'phase'
      ? t(phaseTextKeys(part.phaseId).name)
      : part.kind === 'case'
        ? t('fit.caseTotal', { name: part.name })
        : t('fit.breakAfter', { name: part.name });
  const close = (
    <button type="button" className="button" onClick={onClose}>
      {fit?.status === 'fitted' ? t('fit.cancel') : t('fit.close')}
    </button>
  );

  let body;
  if (fit === null || fit.status === 'onTime' || !('endAt' in fit)) {
    body = fit?.status === 'onTime' && <p>{t('fit.onTime', { endBy: time(fit.endAt) })}</p>;
  } else {
    const endBy = time(fit.endAt);
    const behind = (
      <p>
        {t('fit.behind', {
          end: time(fit.expectedEndAt),
          endBy,
          count: minutesBehind(fit.expectedEndAt - fit.endAt),
        })}
      </p>
    );
    if (fit.status === 'refused') {
      const names = dropNames(session, fit.dropClinicIds);
      body = (
        <>
          {behind}
          <p className="fit-refusal">
            {t('fit.cannotFit', {
              endBy,
              end: time(fit.endAt + fit.missingMs),
              count: minutesOver(fit.missingMs),
            })}
          </p>
          <p>
            {names.length > 0
              ? t('fit.dropToFit', {
                  endBy,
                  cases: names.map((name) => t('fit.dropCase', { name })).join(', '),
                })
              : session
                ? t('fit.nothingToDrop')
                : t('fit.nothingToDropClinic')}
          </p>
        </>
      );
    } else {
      body = (
        <>
          {behind}
          <table className="fit-table">
            <caption>{t('fit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fit.part')}</th>
                <th scope="col">{t('fit.before')}</th>
                <th scope="col">{t('fit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {fitRows(fit, session).map((row) => (
                <tr key={row.key} data-changed={row.afterMs !== row.beforeMs || undefined}>
                  <th scope="row" dir="auto">
                    {partName(row.part)}
                  </th>
                  <td>{formatDuration(row.beforeMs)}</td>
                  <td>{formatDuration(row.afterMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="fit-note">{t('fit.keepsRunning')}</p>
          <p className="fit-new-end">{t('fit.newEnd', { time: endBy })}</p>
        </>
      );
    }
  }

  return (
    <ModalDialog size="narrow" aria-labelledby={headingId} onClose={onClose}>
      <div className="fit-dialog">
        <h2 id={headingId}>{t('fit.title')}</h2>
        {body}
        <div className="button-row">
          {fit?.status === 'fitted' && (
            <button
              type="button"
              className="button button-primary"
              autoFocus
              onClick={() => {
                store.getState().fitToEnd();
                onClose();
              }}
            >
              {t('fit.apply')}
            </button>
          )}
          {close}
        </div>
      </div>
    </ModalDialog>
  );
}
