import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../clinic/clock';
import { sessionRecord } from '../../../clinic/session/record';
import { findClinic, memberName } from '../../../clinic/session/plan/session-plan';
import type { ClinicExport } from '../../../takeaway/clinic-file';
import type { SessionExport } from '../../../takeaway/session/session-file';
import { useClinic, useClinicStoreApi } from '../../../store/store-context';
import { useHistoryStoreApi } from '../../../store/takeaway-context';
import { ModalDialog } from '../../../ui/ModalDialog';
import { useFinishedSessionExport } from './use-session-export';
import './session-run.css';

export interface SessionEndScreenProps {
  /** Draws the session's summary with its exports: the same view as the history's. */
  renderSummary?: (data: SessionExport) => ReactNode;
  /** Draws a clinic's sheet from its record in the history. */
  renderSheet: (data: ClinicExport) => ReactNode;
}

/** The session is over: each clinic, planned against actual, its sheet one click away. */
export function SessionEndScreen({ renderSummary, renderSheet }: SessionEndScreenProps) {
  const { t } = useTranslation();
  const store = useClinicStoreApi();
  const history = useHistoryStoreApi();
  const session = useClinic((s) => s.session);
  const [sheet, setSheet] = useState<ClinicExport | null>(null);
  const [missing, setMissing] = useState(false);
  const summary = useFinishedSessionExport();
  if (session?.status !== 'finished') return null;
  const record = sessionRecord(session, session.endedAt ?? 0);
  const open = async (clinicId: string | null) => {
    const found = clinicId === null ? null : await history.getState().open(clinicId);
    setMissing(!found?.ok);
    setSheet(found?.ok ? found.value : null);
  };
  return (
    <section className="session-end" aria-labelledby="session-end-heading">
      <h1 id="session-end-heading">{t('run.endHeading')}</h1>
      <p>
        {t('run.endTimes', {
          planned: formatDuration(record.plannedMs),
          actual: formatDuration(record.actualMs),
        })}
      </p>
      <ol className="session-end-clinics">
        {session.runs.map((run, index) => {
          const entry = findClinic(session.plan, session.plan.clinics[index]?.id ?? -1);
          const name = entry ? memberName(session.plan, entry.caseOwnerId) : run.plan.caseOwner;
          return (
            <li key={run.clinicId ?? index}>
              <span dir="auto">
                {t('run.clinicItem', { name })}
                {run.plan.caseTitle ? ` · ${run.plan.caseTitle}` : ''}
              </span>{' '}
              <button type="button" className="button" onClick={() => void open(run.clinicId)}>
                {t('run.openSheet', { name })}
              </button>
            </li>
          );
        })}
      </ol>
      {missing && <p role="alert">{t('run.sheetMissing')}</p>}
      {summary && renderSummary?.(summary)}
      <div className="button-row">
        <button type="button" className="button" onClick={() => store.getState().closeSession()}>
          {t('run.newStart')}
        </button>
      </div>
      {sheet && (
        <ModalDialog size="wide" aria-label={t('run.sheetLabel')} onClose={() => setSheet(null)}>
          <button type="button" className="button history-close" onClick={() => setSheet(null)}>
            {t('run.close')}
          </button>
          {renderSheet(sheet)}
        </ModalDialog>
      )}
    </section>
  );
}
