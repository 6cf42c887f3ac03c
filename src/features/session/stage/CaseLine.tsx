import { useTranslation } from 'react-i18next';
import { useClinic } from '../../../store/store-context';

/** "Case: ..." with the case title from setup; nothing when there is none. */
export function CaseLine() {
  const { t } = useTranslation();
  const caseTitle = useClinic((s) => s.clinic.plan.caseTitle);
  if (caseTitle.trim() === '') return null;
  return (
    <p className="case-line">
      <span className="case-line-label">{t('session.caseLabel')}</span>{' '}
      <span className="case-line-title">{caseTitle}</span>
    </p>
  );
}
