import { useTranslation } from 'react-i18next';
import { MAX_COACHES, MIN_COACHES } from '../../clinic/templates';
import { useClinic } from '../../store/store-context';

/** A small square button: a symbol for the eye, its words for screen readers and the tooltip. */
export function CoachButton({
  id,
  symbol,
  label,
  disabled,
  onClick,
}: {
  id?: string;
  symbol: string;
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      id={id}
      className="button button-icon"
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

/** Focuses an element by id once the next frame has drawn it; a disabled button passes it on. */
export function focusSoon(id: string, fallbackId?: string) {
  requestAnimationFrame(() => {
    const fallback = fallbackId ? document.getElementById(fallbackId) : null;
    const target = document.getElementById(id) ?? fallback;
    if (target instanceof HTMLButtonElement && target.disabled) fallback?.focus();
    else target?.focus();
  });
}

/** The coaches, in speaking order: named, moved up or down, added and removed. */
export function CoachList({ errorText }: { errorText: (field: string) => string | undefined }) {
  const { t } = useTranslation();
  const coaches = useClinic((s) => s.clinic.plan.coaches);
  const dispatch = useClinic((s) => s.dispatch);
  const setCoaches = (next: string[]) => dispatch({ type: 'updatePlan', patch: { coaches: next } });

  const moveCoach = (from: number, to: number, direction: 'up' | 'down') => {
    const next = [...coaches];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved ?? '');
    setCoaches(next);
    // Keep the focus on the button that moved the coach, now one row further.
    focusSoon(`coach-${to}-${direction}`, `coach-${to}-name`);
  };

  const listError = errorText('coaches');
  return (
    <fieldset className="coaches">
      <legend>{t('setup.coachesLegend')}</legend>
      {listError && <p className="field-error">{listError}</p>}
      <ol className="coach-list">
        {coaches.map((name, index) => {
          const number = index + 1;
          const error = errorText(`coach.${index}`);
          return (
            <li key={index} className="coach-row">
              <div className="coach-field">
                <label htmlFor={`coach-${index}-name`}>{t('setup.coach', { number })}</label>
                <input
                  id={`coach-${index}-name`}
                  autoComplete="off"
                  value={name}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `coach-${index}-error` : undefined}
                  onChange={(e) =>
                    setCoaches(coaches.map((c, i) => (i === index ? e.target.value : c)))
                  }
                />
                {error && (
                  <p className="field-error" id={`coach-${index}-error`}>
                    {error}
                  </p>
                )}
              </div>
              <div className="coach-actions">
                <CoachButton
                  id={`coach-${index}-up`}
                  symbol="↑"
                  label={t('setup.moveCoachUp', { number })}
                  disabled={index === 0}
                  onClick={() => moveCoach(index, index - 1, 'up')}
                />
                <CoachButton
                  id={`coach-${index}-down`}
                  symbol="↓"
                  label={t('setup.moveCoachDown', { number })}
                  disabled={index === coaches.length - 1}
                  onClick={() => moveCoach(index, index + 1, 'down')}
                />
                <CoachButton
                  symbol="×"
                  label={t('setup.removeCoach', { number })}
                  disabled={coaches.length <= MIN_COACHES}
                  onClick={() => setCoaches(coaches.filter((_, i) => i !== index))}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        disabled={coaches.length >= MAX_COACHES}
        onClick={() => {
          setCoaches([...coaches, '']);
          focusSoon(`coach-${coaches.length}-name`);
        }}
      >
        {t('setup.addCoach')}
      </button>
    </fieldset>
  );
}
