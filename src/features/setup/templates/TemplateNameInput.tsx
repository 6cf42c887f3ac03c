/** A template's name, as saving and renaming ask for it: focused, and tied to its error. */
export function TemplateNameInput({
  id,
  label,
  value,
  hasError,
  onChange,
}: {
  /** The field's own id: the input is `${id}-name`, its error (shown by the caller) `${id}-error`. */
  id: string;
  label: string;
  value: string;
  hasError: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={`${id}-name`}>{label}</label>
      <input
        id={`${id}-name`}
        autoComplete="off"
        autoFocus
        value={value}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={hasError ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
