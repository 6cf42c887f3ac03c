import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionExport } from '../../../takeaway/session/session-file';
import { sessionExportOf } from '../../../store/session-archive';
import { useClinic, useClinicStoreApi } from '../../../store/store-context';
import {
  useHistory,
  useHistoryStoreApi,
  useNotes,
  useNotesStoreApi,
} from '../../../store/takeaway-context';

/**
 * The finished session as the history keeps it: each clinic's notes from its kept record, the
 * last clinic's as they are being written. Read again when a kept clinic or the notes change
 * (a clinic's record lands a moment after the end, and after a reload the list loads later).
 */
export function useFinishedSessionExport(): SessionExport | null {
  const { i18n } = useTranslation();
  const clinic = useClinicStoreApi();
  const notes = useNotesStoreApi();
  const history = useHistoryStoreApi();
  const session = useClinic((s) => s.session);
  const kept = useHistory((s) => s.entries);
  const written = useNotes((s) => s.notes);
  const details = useNotes((s) => s.details);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [data, setData] = useState<SessionExport | null>(null);
  useEffect(() => {
    let current = true;
    void sessionExportOf(clinic, notes, history, language).then((read) => {
      if (current) setData(read);
    });
    return () => {
      current = false;
    };
  }, [clinic, notes, history, language, session, kept, written, details]);
  return data;
}
