import { useTranslation } from 'react-i18next';
import { currentPhase } from '../../../clinic/state';
import { useClinic } from '../../../store/store-context';

/** The confidentiality reminder, shown during the roles phase unless switched off in setup. */
export function ConfidentialityNote() {
  const { t } = useTranslation();
  const isRoles = useClinic((s) => currentPhase(s.clinic).id === 'roles');
  const show = useClinic((s) => s.clinic.plan.showConfidentiality);
  const text = useClinic((s) => s.clinic.plan.confidentialityText);
  if (!isRoles || !show) return null;
  return (
    <p className="confidentiality">
      {text.trim() === '' ? t('session.confidentialityDefault') : text}
    </p>
  );
}
