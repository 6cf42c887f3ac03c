import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../clinic/clock';
import { phaseTextKeys } from '../../clinic/phases';
import { useClinic } from '../../store/store-context';

export function FinishedScreen() {
  const { t } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const dispatch = useClinic((s) => s.dispatch);
  return (
    <section aria-labelledby="finished-heading">
      <h1 id="finished-heading">{t('finished.heading')}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('finished.phase')}</th>
            <th scope="col">{t('finished.planned')}</th>
            <th scope="col">{t('finished.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {clinic.records.map((record) => (
            <tr key={record.phaseId}>
              <th scope="row">{t(phaseTextKeys(record.phaseId).name)}</th>
              <td>{formatDuration(clinic.plan.durationsMs[record.phaseId])}</td>
              <td>{formatDuration(record.activeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => dispatch({ type: 'reset' })}>
        {t('controls.newClinic')}
      </button>
    </section>
  );
}
