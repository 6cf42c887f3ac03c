import { useEffect, useState } from 'react';
import { toggleFullscreen } from './fullscreen';

/** How long the pointer (and the "Full screen" button) stays after it last moved. */
export const POINTER_IDLE_MS = 3000;

export interface WallPointer {
  /** The pointer moved within the last 3 s: the "Full screen" button shows. */
  moving: boolean;
  fullscreen: boolean;
}

/**
 * The projector window's full screen, as stage timers do it: F or a double-click toggles it, and
 * the pointer (with the button) goes after 3 s without movement, so nothing sits on the wall.
 */
export function useWallFullscreen(doc: Document = document): WallPointer {
  const [moving, setMoving] = useState(false);
  const [fullscreen, setFullscreen] = useState(() => doc.fullscreenElement !== null);
  useEffect(() => {
    const view = doc.defaultView ?? window;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      setMoving(true);
      clearTimeout(timer);
      timer = setTimeout(() => setMoving(false), POINTER_IDLE_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key !== 'f' && event.key !== 'F') return;
      event.preventDefault();
      toggleFullscreen(doc);
    };
    const onDoubleClick = (event: MouseEvent) => {
      // A double-click on a button is two presses of it, not a wish for full screen.
      if (event.target instanceof Element && event.target.closest('button')) return;
      toggleFullscreen(doc);
    };
    const onChange = () => setFullscreen(doc.fullscreenElement !== null);
    view.addEventListener('pointermove', onMove);
    view.addEventListener('keydown', onKey);
    view.addEventListener('dblclick', onDoubleClick);
    doc.addEventListener('fullscreenchange', onChange);
    return () => {
      clearTimeout(timer);
      view.removeEventListener('pointermove', onMove);
      view.removeEventListener('keydown', onKey);
      view.removeEventListener('dblclick', onDoubleClick);
      doc.removeEventListener('fullscreenchange', onChange);
    };
  }, [doc]);
  return { moving, fullscreen };
}
