import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  togglePause: () => void;
  next: () => void;
  previous: () => void;
  addMinute: () => void;
  removeMinute: () => void;
  toggleFullscreen: () => void;
  toggleMute: () => void;
  openHelp: () => void;
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/** True when a key press belongs to what the user is typing, not to the timer. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target.closest('[contenteditable=""], [contenteditable="true"]')
  ) {
    return true;
  }
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return false;
}

const CONTROLS = 'button, a[href], input, select, summary, [role="button"]';

/**
 * A control the user reached by keyboard: Space presses it, as everywhere on the web. A control
 * last clicked with the mouse keeps the focus too, but there Space means pause.
 */
function isKeyboardReachedControl(target: EventTarget | null, clicked: Element | null): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest(CONTROLS);
  return control !== null && control !== clicked;
}

function actionFor(
  event: KeyboardEvent,
  handlers: ShortcutHandlers,
  clicked: Element | null,
): (() => void) | null {
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return isKeyboardReachedControl(event.target, clicked) ? null : handlers.togglePause;
    case 'ArrowRight':
      return handlers.next;
    case 'ArrowLeft':
      return handlers.previous;
    case '+':
    case '=': // the + key without Shift on US keyboards
      return handlers.addMinute;
    case '-':
    case '−':
      return handlers.removeMinute;
    case 'f':
    case 'F':
      return handlers.toggleFullscreen;
    case 'm':
    case 'M':
      return handlers.toggleMute;
    case '?':
      return handlers.openHelp;
    default:
      return null;
  }
}

/**
 * The console's keyboard: Space, arrows, + and -, F, M and ?. Nothing fires while the focus is in
 * a text field, with a modifier held (browser shortcuts stay the browser's), or when disabled.
 */
export function useKeyboardShortcuts(handlers: ShortcutHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    // The control the mouse last pressed; moving on by keyboard forgets it.
    let clicked: Element | null = null;
    const onPointerDown = (event: PointerEvent) => {
      clicked = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Tab') clicked = null;
      if (event.defaultPrevented || event.repeat) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const action = actionFor(event, latest.current, clicked);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [enabled]);
}
