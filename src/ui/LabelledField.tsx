import type { ReactNode } from 'react';

/** A field with its words above it; the label wraps both, so a click on the words focuses it. */
export function LabelledField({
  label,
  labelDir,
  children,
}: {
  label: ReactNode;
  /** "auto" when the words carry a typed name that may run right to left. */
  labelDir?: 'auto';
  children: ReactNode;
}) {
  return (
    <label className="field">
      <span dir={labelDir}>{label}</span>
      {children}
    </label>
  );
}
