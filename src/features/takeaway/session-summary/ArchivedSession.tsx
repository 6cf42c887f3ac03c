import type { SessionExport } from '../../../takeaway/session/session-file';
import { buildSessionSummary } from '../../../takeaway/session/session-summary';
import { SessionSummarySheet } from './SessionSummarySheet';

/** A session from the history or a file: its summary, as of when it was kept. */
export function ArchivedSession({ data }: { data: SessionExport }) {
  const at = data.session.endedAt ?? data.exportedAt;
  return (
    <SessionSummarySheet
      summary={buildSessionSummary(data.session, data.notes, at)}
      exportData={data}
    />
  );
}
