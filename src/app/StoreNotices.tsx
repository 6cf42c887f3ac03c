import { useTranslation } from 'react-i18next';
import { useClinic, useSettings } from '../store/store-context';
import { useTemplates, useTemplatesStore } from '../store/templates-context';
import { Notice } from '../ui/Notice';

// What the device's storage did that the facilitator must know: a save that could not be read
// (kept under a backup key), a clinic that is not being saved, and why. Damaged settings get a
// quiet line (a status, not an alert): nothing of the clinic is at stake. Notes moved aside are
// told in the notes panel, beside the notes.

const SAVE_PROBLEM_TEXT = {
  full: 'notice.storageFull',
  unavailable: 'notice.storageUnavailable',
  blocked: 'notice.storageBlocked',
} as const;

const CLINIC_NOTICE_TEXT = {
  unreadable: 'notice.unreadable',
  unknownVersion: 'notice.unknownVersion',
  invalid: 'notice.invalid',
  repaired: 'notice.invalid',
} as const;

function SettingsNotice() {
  const { t } = useTranslation();
  const notice = useSettings((s) => s.notice);
  const dismiss = useSettings((s) => s.dismissNotice);
  if (!notice) return null;
  const text =
    notice.problem === 'repaired' ? 'notice.settingsRepaired' : 'notice.settingsUnreadable';
  return (
    <Notice quiet onDismiss={dismiss}>
      {t(text, { key: notice.backupKey, detail: notice.detail })}
    </Notice>
  );
}

/** Saved templates that could not be read, in whole or in part; shown once the setup loaded them. */
function TemplatesNotice() {
  const { t } = useTranslation();
  const store = useTemplatesStore(false);
  const notice = useTemplates(store, (s) => s.notice, null);
  if (!store || !notice) return null;
  const text =
    notice.problem === 'repaired' ? 'notice.templatesRepaired' : 'notice.templatesUnreadable';
  return (
    <Notice quiet onDismiss={() => store.getState().dismissNotice()}>
      {t(text, { key: notice.backupKey, detail: notice.detail })}
    </Notice>
  );
}

/** A session save that could not be read: moved aside, the current clinic carries on. */
function SessionNotice() {
  const { t } = useTranslation();
  const notice = useClinic((s) => s.sessionNotice);
  const dismiss = useClinic((s) => s.dismissSessionNotice);
  if (!notice) return null;
  return (
    <Notice onDismiss={dismiss}>{t('notice.sessionDamaged', { key: notice.backupKey })}</Notice>
  );
}

export function StoreNotices() {
  const { t } = useTranslation();
  const loadNotice = useClinic((s) => s.loadNotice);
  const saveProblem = useClinic((s) => s.saveProblem);
  const dismiss = useClinic((s) => s.dismissLoadNotice);
  return (
    <>
      {loadNotice && (
        <Notice onDismiss={dismiss}>
          {t(CLINIC_NOTICE_TEXT[loadNotice.problem], { key: loadNotice.backupKey })}
        </Notice>
      )}
      <SessionNotice />
      {saveProblem && <Notice>{t(SAVE_PROBLEM_TEXT[saveProblem])}</Notice>}
      <SettingsNotice />
      <TemplatesNotice />
    </>
  );
}
