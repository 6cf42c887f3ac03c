import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicExport } from '../../takeaway/clinic-file';
import { editNextStep } from '../../takeaway/notes';
import { setKeptStepStatus } from '../../store/follow-up-actions';
import { historyId } from '../../store/history-store';
import { useHistoryStoreApi, useNotesStoreApi } from '../../store/takeaway-context';
import { StatusSelect } from './NextStepList';
import { TakeawaySheet } from './TakeawaySheet';

// A finished clinic opened from the history: its sheet and exports as they were, except that
// each next step's status can still change (done, dropped, open again). The change is kept
// with that clinic in the history, so its exports and the follow-up view say the same.

export function ArchivedSheet({ data: kept }: { data: ClinicExport }) {
  const { t } = useTranslation();
  const notes = useNotesStoreApi();
  const history = useHistoryStoreApi();
  const [data, setData] = useState(kept);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const steps = data.notes.nextSteps.filter((step) => step.text.trim() !== '');
  const editor =
    steps.length === 0 ? null : (
      <>
        <ul className="step-list">
          {steps.map((step, index) => (
            <li key={step.id} className="step-row">
              <span className="step-text" dir="auto">
                {step.text}
              </span>
              <StatusSelect
                label={t('takeaway.notes.stepStatus', { number: index + 1 })}
                status={step.status}
                onChange={async (status) => {
                  const saved = await setKeptStepStatus(
                    { notes, history },
                    historyId(data),
                    step.id,
                    status,
                  );
                  if (saved) {
                    setData((was) => ({
                      ...was,
                      notes: editNextStep(was.notes, step.id, { status }),
                    }));
                  }
                  setMessage({
                    error: !saved,
                    text: saved
                      ? t('takeaway.notes.statusSaved', {
                          text: step.text,
                          status: t(`takeaway.sheet.status.${status}`),
                        })
                      : t('takeaway.notes.statusSaveFailed'),
                  });
                }}
              />
            </li>
          ))}
        </ul>
        <p role="status" className="takeaway-status" dir="auto">
          {message && !message.error ? message.text : ''}
        </p>
        {message?.error && (
          <p role="alert" className="notice">
            {message.text}
          </p>
        )}
      </>
    );
  return <TakeawaySheet data={data} now={data.exportedAt} stepsEditor={editor} />;
}
