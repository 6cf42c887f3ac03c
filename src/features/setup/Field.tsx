import { useId, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanError } from '../../clinic/templates';
import { useClinic } from '../../store/store-context';
import { formatMinutes } from './minutes';

/** The translated message for the first error of a field, if it has one. */
export function useErrorText(errors: PlanError[]): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const code = errors.find((error) => error.field === field)?.code;
    return code ? t(`errors.${code}`) : undefined;
  };
}

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A labelled field with its message underneath, linked for screen readers. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A length in minutes: shows what is being typed, or the plan's value. */
export function MinutesField({
  label,
  error,
  ms,
  draft,
  onType,
}: {
  label: string;
  error?: string;
  ms: number;
  draft: string | undefined;
  onType: (text: string) => void;
}) {
  return (
    <Field label={label} error={error}>
      {(props) => (
        <input
          {...props}
          className="input-minutes"
          inputMode="decimal"
          autoComplete="off"
          value={draft ?? formatMinutes(ms)}
          onChange={(event) => onType(event.target.value)}
        />
      )}
    </Field>
  );
}

type PlanTextKey = 'caseOwner' | 'facilitator' | 'caseTitle' | 'helpWanted';

/** One of the plan's free-text fields, written into the plan as it is typed. */
export function PlanTextField({
  field,
  label,
  hint,
  error,
  multiline = false,
  autoComplete,
}: {
  field: PlanTextKey;
  label: string;
  hint?: string;
  error?: string;
  multiline?: boolean;
  /** "off" for people's names: the browser's suggestions are other people's. */
  autoComplete?: 'off';
}) {
  const value = useClinic((s) => s.clinic.plan[field]);
  const dispatch = useClinic((s) => s.dispatch);
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const patch: Partial<Plan> = {};
    patch[field] = event.target.value;
    dispatch({ type: 'updatePlan', patch });
  };
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) =>
        multiline ? (
          <textarea {...props} rows={2} value={value} onChange={onChange} />
        ) : (
          <input {...props} autoComplete={autoComplete} value={value} onChange={onChange} />
        )
      }
    </Field>
  );
}

/** One of the plan's switches, written into the plan as it is ticked. */
export function PlanCheckbox({
  field,
  label,
}: {
  field: 'stillnessEndsAutomatically' | 'showConfidentiality';
  label: string;
}) {
  const id = useId();
  const checked = useClinic((s) => s.clinic.plan[field]);
  const dispatch = useClinic((s) => s.dispatch);
  return (
    <div className="check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => {
          const patch: Partial<Plan> = {};
          patch[field] = event.target.checked;
          dispatch({ type: 'updatePlan', patch });
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
