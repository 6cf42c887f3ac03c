import type { HistoryEntry } from '../../store/history-store';
import type { SessionEntry } from '../../store/session-archive';

/** The list as shown: a session's clinics together under it, other clinics on their own. */
export type HistoryItem =
  | { kind: 'clinic'; entry: HistoryEntry }
  | {
      kind: 'session';
      sessionId: string;
      /** The session's own record (for its summary); null while it has not ended. */
      record: SessionEntry | null;
      startedAt: number | null;
      clinics: HistoryEntry[];
    };

/**
 * Groups a session's clinics in the order they ran, placed where its newest clinic would be
 * (the lists come newest first). A kept session whose clinics are all gone still shows.
 */
export function groupHistory(entries: HistoryEntry[], sessions: SessionEntry[]): HistoryItem[] {
  const items: HistoryItem[] = [];
  const groups = new Map<string, Extract<HistoryItem, { kind: 'session' }>>();
  const recordOf = (id: string) => sessions.find((s) => s.sessionId === id) ?? null;
  for (const entry of entries) {
    if (!entry.session) {
      items.push({ kind: 'clinic', entry });
      continue;
    }
    let group = groups.get(entry.session.id);
    if (!group) {
      const record = recordOf(entry.session.id);
      group = {
        kind: 'session',
        sessionId: entry.session.id,
        record,
        startedAt: record?.startedAt ?? entry.startedAt,
        clinics: [],
      };
      groups.set(entry.session.id, group);
      items.push(group);
    }
    group.clinics.push(entry);
  }
  for (const group of groups.values()) {
    group.clinics.sort((a, b) => (a.session?.place ?? 0) - (b.session?.place ?? 0));
  }
  for (const record of sessions) {
    if (groups.has(record.sessionId)) continue;
    items.push({
      kind: 'session',
      sessionId: record.sessionId,
      record,
      startedAt: record.startedAt,
      clinics: [],
    });
  }
  return items;
}
