import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomState, useRoomStoreApi } from '../../../store/room-context';
import { MESSAGE_MAX_LENGTH, checkMessage, type RoomStore } from '../../../store/room-store';
import './room-control.css';

/**
 * The room's channel in the console: a short message to the wall, shown and hidden again while
 * the clock runs on; "Blank the wall"; and the way back when something else was shown there.
 * Without a room (a test, a tool) it draws nothing.
 */
export function RoomControl() {
  const room = useRoomStoreApi();
  return room ? <RoomPanel room={room} /> : null;
}

function RoomPanel({ room }: { room: RoomStore }) {
  const { t } = useTranslation();
  const id = useId();
  const state = useRoomState()!;
  const [draft, setDraft] = useState(state.message);
  const [refused, setRefused] = useState(false);
  const length = [...draft].length;
  const check = checkMessage(draft);
  const onWall =
    (state.messageShown && state.message.trim() !== '') || state.blank || state.exhibit;

  const show = (event: FormEvent) => {
    event.preventDefault();
    const result = room.getState().showMessage(draft);
    setRefused(!result.ok);
  };

  return (
    <details className="toolbar-popover room-control">
      <summary className="button button-small" data-on-wall={onWall ? 'true' : 'false'}>
        {onWall ? t('room.summaryOn') : t('room.summary')}
      </summary>
      <div className="toolbar-popover-panel room-panel">
        <form onSubmit={show} aria-labelledby={`${id}-label`} noValidate>
          <label id={`${id}-label`} htmlFor={`${id}-message`}>
            {t('room.messageLabel')}
          </label>
          <textarea
            id={`${id}-message`}
            rows={2}
            value={draft}
            aria-invalid={!check.ok}
            aria-describedby={`${id}-count ${id}-problem`}
            placeholder={t('room.messagePlaceholder')}
            onChange={(event) => {
              setDraft(event.target.value);
              setRefused(false);
            }}
          />
          <p id={`${id}-count`} className="room-count" data-over={check.ok ? 'false' : 'true'}>
            {t('room.count', { count: length, max: MESSAGE_MAX_LENGTH })}
          </p>
          <p id={`${id}-problem`} className="room-problem" role={refused ? 'alert' : undefined}>
            {!check.ok && t('room.tooLong', { over: check.over, max: MESSAGE_MAX_LENGTH })}
          </p>
          <div className="room-actions">
            <button type="submit" className="button button-small button-primary">
              {state.messageShown ? t('room.update') : t('room.show')}
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={!state.messageShown}
              onClick={() => room.getState().hideMessage()}
            >
              {t('room.hide')}
            </button>
          </div>
        </form>
        <div className="room-actions">
          <button
            type="button"
            className="button button-small"
            aria-pressed={state.blank}
            onClick={() => room.getState().setBlank(!state.blank)}
          >
            {t('room.blank')}
          </button>
          {state.exhibit && (
            <button
              type="button"
              className="button button-small"
              onClick={() => room.getState().setExhibit(null)}
            >
              {t('room.backToTimer')}
            </button>
          )}
        </div>
        <p className="room-status" aria-live="polite">
          {state.blank
            ? t('room.statusBlank')
            : state.exhibit
              ? t(state.exhibit.kind === 'codes' ? 'room.statusCodes' : 'room.statusReview')
              : state.messageShown
                ? t('room.statusMessage')
                : t('room.statusPhase')}
        </p>
      </div>
    </details>
  );
}
