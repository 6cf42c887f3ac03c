import { useTranslation } from 'react-i18next';
import type { OwnTemplateError } from '../../../clinic/own-templates';
import type { TemplatesImportResult } from '../../../store/templates-store';

/** A rule a template broke, in words (`templates.errors.<code>`). */
export function useTemplateErrorText(): (error: OwnTemplateError) => string {
  const { t } = useTranslation();
  return (error) => t(`templates.errors.${error.code}`, { detail: error.detail ?? '' });
}

/** Why a file was not imported: what is wrong with the file, or what the list cannot take. */
export function useImportErrorText(): (
  result: Extract<TemplatesImportResult, { ok: false }>,
) => string {
  const { t } = useTranslation();
  const listError = useTemplateErrorText();
  return ({ file, list }) => {
    const reason = file
      ? t(`templates.fileErrors.${file.code}`, { detail: file.detail ?? '' })
      : list
        ? listError(list)
        : '';
    return t('templates.importFailed', { reason });
  };
}
