import { useLayoutEffect, useRef } from 'react';

/** The smallest share of its type a box may shrink to. */
const SMALLEST = 0.35;

/**
 * A box whose text shrinks until it fits: it sets `--fit` (1 down to 0.35) on the box, and the
 * box's CSS multiplies its type by it. The box's own size comes from the layout (a flex share of
 * the window), so long names or a long question take smaller type instead of pushing the
 * countdown out of its space. It fits again when the window resizes or the text changes.
 */
export function useShrinkToFit<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const overflows = () =>
      box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
    const fit = () => {
      box.style.setProperty('--fit', '1');
      if (!overflows()) return;
      // Halving: six layouts find the largest type that fits to within 1%.
      let [low, high] = [SMALLEST, 1];
      for (let step = 0; step < 6; step += 1) {
        const middle = (low + high) / 2;
        box.style.setProperty('--fit', middle.toFixed(3));
        if (overflows()) high = middle;
        else low = middle;
      }
      box.style.setProperty('--fit', low.toFixed(3));
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // The box's size follows the window; the text inside changes by mutation.
    const resized = new ResizeObserver(fit);
    resized.observe(box);
    const changed = new MutationObserver(fit);
    changed.observe(box, { subtree: true, childList: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, []);
  return ref;
}
