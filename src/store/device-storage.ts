// The one owner of the device's storage (localStorage). Nothing else in the app touches it: the
// stores save and load through a DeviceStorage, the saves are declared in versioned-save.ts, and
// the history keeps to IndexedDB (history-backend.ts). The owner says why the storage cannot be
// used, hands out read-only and gated views of it, moves what cannot be read to backup keys
// (never deleting), and listens once for other windows' changes.

export const APP_KEY_PREFIX = 'case-clinic-timer:';
/** Every backup key: `case-clinic-timer:backup:…` (the clinic) or `case-clinic-timer:<name>-backup:…`. */
const BACKUP_KEY = /^case-clinic-timer:(?:[a-z]+-)?backup:/;

export type WriteProblem = 'full' | 'unavailable';
/** Why nothing is saved: storage blocked from the start, or a write the device refused. */
export type StorageProblem = 'blocked' | WriteProblem;
/** `skipped`: this view may not write (the projector, a viewer tab). */
export type WriteOutcome = 'ok' | 'skipped' | WriteProblem;

/** The backup's key, or null with the reason the device refused it. */
export type BackupResult = { key: string } | { key: null; outcome: Exclude<WriteOutcome, 'ok'> };

/** The part of `window` the owner listens on; a test hands in its own. */
export type StorageEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export interface DeviceStorage {
  /** Set when reading `window.localStorage` itself threw (site data blocked). */
  readonly blocked: boolean;
  read(key: string): string | null;
  write(key: string, value: string): WriteOutcome;
  remove(key: string): void;
  /** The app's keys on this device. */
  keys(): string[];
  /** Copies `raw` to a new key under `backupPrefix`, then removes `key` if the copy is kept. */
  setAside(key: string, raw: string, backupPrefix: string, now: number): BackupResult;
  /** Copies `raw` to a new key under `backupPrefix`; `key` stays as it is. */
  backUp(raw: string, backupPrefix: string, now: number): BackupResult;
  /** Removes the backups under `backupPrefix`, or every backup of every save (Forget everything). */
  removeBackups(backupPrefix?: string): void;
  /** Calls `listener` when another window changed `key` (or cleared the storage). */
  onChange(key: string, listener: () => void): () => void;
  /** A view that reads and never writes: the projector window. */
  readOnly(): DeviceStorage;
  /** A view that writes only while `mayWrite()`: a console tab that may become a viewer. */
  gated(mayWrite: () => boolean): DeviceStorage;
}

function writeProblemOf(error: unknown): WriteProblem {
  const quota =
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
  return quota ? 'full' : 'unavailable';
}

interface Backend {
  storage: Storage | null;
  blocked: boolean;
  listeners: Map<string, Set<() => void>>;
}

function view(backend: Backend, mayWrite: () => boolean): DeviceStorage {
  const { storage } = backend;
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const write = (key: string, value: string): WriteOutcome => {
    if (!storage || !mayWrite()) return 'skipped';
    try {
      storage.setItem(key, value);
      return 'ok';
    } catch (error) {
      return writeProblemOf(error);
    }
  };
  const remove = (key: string) => {
    if (!storage || !mayWrite()) return;
    try {
      storage.removeItem(key);
    } catch {
      // Storage gone: nothing to remove.
    }
  };
  const keys = (): string[] => {
    const found: string[] = [];
    try {
      for (let index = 0; index < (storage?.length ?? 0); index += 1) {
        const key = storage?.key(index);
        if (key?.startsWith(APP_KEY_PREFIX)) found.push(key);
      }
    } catch {
      // Storage that cannot be listed has no keys to offer.
    }
    return found;
  };
  const backUp = (raw: string, backupPrefix: string, now: number): BackupResult => {
    let key = `${backupPrefix}${now}`;
    // Two backups in one millisecond get their own keys: a backup is never overwritten.
    for (let n = 1; read(key) !== null; n += 1) key = `${backupPrefix}${now}-${n}`;
    const outcome = write(key, raw);
    return outcome === 'ok' ? { key } : { key: null, outcome };
  };
  const self: DeviceStorage = {
    blocked: backend.blocked,
    read,
    write,
    remove,
    keys,
    backUp,
    setAside: (key, raw, backupPrefix, now) => {
      const backup = backUp(raw, backupPrefix, now);
      if (backup.key !== null) remove(key);
      return backup;
    },
    removeBackups: (backupPrefix) =>
      keys()
        .filter((key) => (backupPrefix ? key.startsWith(backupPrefix) : BACKUP_KEY.test(key)))
        .forEach(remove),
    onChange: (key, listener) => {
      const set = backend.listeners.get(key) ?? new Set();
      backend.listeners.set(key, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    readOnly: () => view(backend, () => false),
    gated: (allowed) => view(backend, () => mayWrite() && allowed()),
  };
  return self;
}

export interface DeviceStorageOptions {
  /** The storage to own; null keeps everything in memory (a test, or a page without one). */
  storage: Storage | null;
  /** Reading the storage threw: nothing can be saved, and the app says so. */
  blocked?: boolean;
  /** Where other windows' changes arrive (`storage` events); none: this window only. */
  events?: StorageEvents | null;
}

/** Owns one storage; `openBrowserStorage` opens the device's own. */
export function openDeviceStorage(options: DeviceStorageOptions): DeviceStorage {
  const backend: Backend = {
    storage: options.storage,
    blocked: options.blocked ?? false,
    listeners: new Map(),
  };
  // One listener for the whole page: each save hears only about its own key.
  options.events?.addEventListener('storage', (event: StorageEvent) => {
    if (event.storageArea && event.storageArea !== backend.storage) return;
    const keys = event.key === null ? [...backend.listeners.keys()] : [event.key];
    for (const key of keys) backend.listeners.get(key)?.forEach((listener) => listener());
  });
  return view(backend, () => true);
}

/**
 * The device's localStorage, or why there is none: where site data is blocked, merely reading
 * `window.localStorage` throws, and the app must run on in memory and say so.
 */
export function openBrowserStorage(): DeviceStorage {
  let storage: Storage | null = null;
  let blocked = false;
  try {
    storage = window.localStorage;
  } catch {
    blocked = true;
  }
  return openDeviceStorage({ storage, blocked, events: window });
}
