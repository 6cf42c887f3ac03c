import { useTranslation } from 'react-i18next';
import { PHASE_COUNT } from '../../clinic/phases';
import { MINUTE_MS } from '../../clinic/templates';
import { useClinic } from '../../store/store-context';

/** The facilitator's buttons. Each is a real button; the keyboard shortcut is declared on it. */
export function ConsoleControls() {
  const { t } = useTranslation();
  const status = useClinic((s) => s.clinic.status);
  const phaseIndex = useClinic((s) => s.clinic.phaseIndex);
  const dispatch = useClinic((s) => s.dispatch);
  const running = status === 'running';
  return (
    <div className="controls" role="group" aria-label={t('controls.label')}>
      <div className="controls-main">
        <button
          type="button"
          className="button button-primary"
          aria-keyshortcuts="Space"
          onClick={() => dispatch({ type: running ? 'pause' : 'resume' })}
        >
          {running ? t('controls.pause') : t('controls.resume')}
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="ArrowLeft"
          disabled={phaseIndex === 0}
          onClick={() => dispatch({ type: 'previous' })}
        >
          {t('controls.previous')}
        </button>
        <button
          type="button"
          className="button button-primary"
          aria-keyshortcuts="ArrowRight"
          disabled={phaseIndex >= PHASE_COUNT - 1}
          onClick={() => dispatch({ type: 'next' })}
        >
          {t('controls.next')}
        </button>
      </div>
      <div className="controls-time">
        <button
          type="button"
          className="button"
          aria-keyshortcuts="-"
          onClick={() => dispatch({ type: 'extend', deltaMs: -MINUTE_MS })}
        >
          {t('controls.removeMinute')}
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="+"
          onClick={() => dispatch({ type: 'extend', deltaMs: MINUTE_MS })}
        >
          {t('controls.addMinute')}
        </button>
        <button type="button" className="button" onClick={() => dispatch({ type: 'restartPhase' })}>
          {t('controls.restartPhase')}
        </button>
      </div>
      <div className="controls-end">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => dispatch({ type: 'finish' })}
        >
          {t('controls.finish')}
        </button>
      </div>
    </div>
  );
}
