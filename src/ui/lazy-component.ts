import { createElement, lazy, type ComponentType } from 'react';
import { loadOnce } from '../store/load-once';

export interface Preloadable {
  preload: () => Promise<unknown>;
  isLoaded: () => boolean;
}

/**
 * A component from its own chunk that renders at once, without suspending, once the chunk is in
 * (preload it early); before that it suspends like `React.lazy`.
 */
export function lazyComponent<P extends object>(
  fetch: () => Promise<ComponentType<P>>,
): ComponentType<P> & Preloadable {
  const chunk = loadOnce(fetch);
  const Suspending = lazy(() => chunk.load().then((component) => ({ default: component })));
  function LazyComponent(props: P) {
    return createElement((chunk.loaded() ?? Suspending) as ComponentType<P>, props);
  }
  return Object.assign(LazyComponent, {
    preload: chunk.load,
    isLoaded: () => chunk.loaded() !== null,
  });
}
