import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionToJson, type SessionExport } from '../../../takeaway/session/session-file';
import { sessionToMarkdown } from '../../../takeaway/session/session-markdown';
import type { SessionSummary } from '../../../takeaway/session/session-summary';
import { downloadText } from '../../../ui/export-actions';
import { PrintCopy } from '../PrintCopy';
import { SessionSummaryDocument } from './SessionSummaryDocument';
import { useSummaryWords } from './summary-words';
import './session-summary.css';

export interface SessionSummarySheetProps {
  /** What to show: `buildSessionSummary(state, notes, now)`. */
  summary: SessionSummary;
  /** The session's record for "Download JSON" (importable into the history); none: no button. */
  exportData?: SessionExport | null;
}

/** "2026-12-02": the day the session started, for the files' names. */
function dayOf(epochMs: number | null): string {
  if (epochMs === null) return 'session';
  const at = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The session summary with its ways home: print (at most two pages: only the summary goes to
 * paper), Markdown and JSON. Plain props, so the history and the session's end screen both use it.
 */
export function SessionSummarySheet({ summary, exportData = null }: SessionSummarySheetProps) {
  const { t } = useTranslation();
  const words = useSummaryWords();
  const titleId = useId();
  const fileName = (extension: string) =>
    `case-clinic-session-${dayOf(summary.startedAt)}.${extension}`;
  return (
    <section className="session-summary" aria-labelledby={titleId}>
      <div className="session-summary-actions" role="group" aria-label={t('summary.heading')}>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('summary.print')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(sessionToMarkdown(summary, words), fileName('md'), 'text/markdown')
          }
        >
          {t('summary.downloadMarkdown')}
        </button>
        {exportData && (
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadText(sessionToJson(exportData), fileName('json'), 'application/json')
            }
          >
            {t('summary.downloadJson')}
          </button>
        )}
      </div>
      <SessionSummaryDocument summary={summary} words={words} titleId={titleId} />
      <PrintCopy>
        <SessionSummaryDocument summary={summary} words={words} />
      </PrintCopy>
    </section>
  );
}
