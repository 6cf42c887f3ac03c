/** Something loaded on demand: fetched once, kept once in, fetched again after a failure. */
export interface LoadOnce<T> {
  /** Starts the load, or joins the one under way. */
  load: () => Promise<T>;
  /** What was loaded, if it is in already; so code that runs later can use it synchronously. */
  loaded: () => T | null;
}

export function loadOnce<T>(fetch: () => Promise<T>): LoadOnce<T> {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load: () =>
      (pending ??= fetch().then(
        (value) => (loaded = value),
        (error: unknown) => {
          pending = null; // offline before the first full visit: try again next time
          throw error;
        },
      )),
    loaded: () => loaded,
  };
}
