// Where finished clinics are kept. IndexedDB, not localStorage: a year of weekly clinics with
// full notes reaches megabytes, localStorage holds about 5 MB in all and is shared with the
// running clinic (a full history must never stop the live clinic from saving), and IndexedDB
// writes do not block the page. A memory backend stands in where IndexedDB is missing.

export interface HistoryRecord {
  /** The clinic's start time as text: one record per clinic, re-saving replaces it. */
  id: string;
  title: string;
  startedAt: number;
  savedAt: number;
  /** The clinic as its JSON export: read back through the same validation as an import. */
  json: string;
  /** A clinic of a session: which session, and its place in it. */
  session?: SessionMark;
  /** 'session': the record of a whole session (`json` is a session file), not a clinic. */
  kind?: 'session';
  /** A session's record: the ids of its clinics, in the order they ran. */
  clinicIds?: string[];
}

export interface SessionMark {
  /** The session's id. */
  id: string;
  /** 1-based, in the order the clinics ran. */
  place: number;
  /** How many clinics the session planned when this one finished. */
  count: number;
}

export interface HistoryBackend {
  readonly kind: 'indexedDB' | 'memory';
  list(): Promise<HistoryRecord[]>;
  put(record: HistoryRecord): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'case-clinic-timer';
const DB_VERSION = 1;
const STORE = 'history';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) {
        req.result.createObjectStore(STORE, { keyPath: 'id' });
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('history database blocked'));
  });
}

export function createIndexedDbBackend(factory: IDBFactory): HistoryBackend {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => (db ??= open(factory));
  const run = async <T>(
    mode: IDBTransactionMode,
    action: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> => {
    const transaction = (await database()).transaction(STORE, mode);
    const result = await request(action(transaction.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
      if (mode === 'readonly') resolve();
    });
    return result;
  };
  return {
    kind: 'indexedDB',
    list: async () => (await run('readonly', (store) => store.getAll())) as HistoryRecord[],
    put: async (record) => {
      await run('readwrite', (store) => store.put(record));
    },
    delete: async (id) => {
      await run('readwrite', (store) => store.delete(id));
    },
    clear: async () => {
      await run('readwrite', (store) => store.clear());
    },
  };
}

export function createMemoryBackend(): HistoryBackend {
  const records = new Map<string, HistoryRecord>();
  return {
    kind: 'memory',
    list: async () => [...records.values()],
    put: async (record) => {
      records.set(record.id, record);
    },
    delete: async (id) => {
      records.delete(id);
    },
    clear: async () => {
      records.clear();
    },
  };
}

export function defaultHistoryBackend(): HistoryBackend {
  try {
    if (typeof indexedDB !== 'undefined') return createIndexedDbBackend(indexedDB);
  } catch {
    // Some private modes throw on access: fall through to memory.
  }
  return createMemoryBackend();
}
