import { useEffect, useRef } from 'react';

/** A key (any of `keys`, as `KeyboardEvent.key` names them) and what it does. */
export interface KeyBinding {
  keys: readonly string[];
  run: () => void;
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
 * last clicked with the mouse keeps the focus too, but there Space is the shortcut (pause).
 */
function isKeyboardReachedControl(target: EventTarget | null, clicked: Element | null): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest(CONTROLS);
  return control !== null && control !== clicked;
}

const SPACE_KEYS = new Set([' ', 'Spacebar']);

function bindingFor(
  event: KeyboardEvent,
  bindings: readonly KeyBinding[],
  clicked: Element | null,
): KeyBinding | null {
  if (SPACE_KEYS.has(event.key) && isKeyboardReachedControl(event.target, clicked)) return null;
  return bindings.find((binding) => binding.keys.includes(event.key)) ?? null;
}

/**
 * Keyboard shortcuts for the whole window. Nothing fires while the focus is in a text field, with
 * a modifier held (browser shortcuts stay the browser's), or when disabled.
 */
export function useKeyboardShortcuts(bindings: readonly KeyBinding[], enabled: boolean): void {
  const latest = useRef(bindings);
  useEffect(() => {
    latest.current = bindings;
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
      const binding = bindingFor(event, latest.current, clicked);
      if (!binding) return;
      event.preventDefault();
      binding.run();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [enabled]);
}
