/**
 * Where the vault's encryption key lives when the user asked to keep credentials on this device.
 *
 * The key is an AES-GCM CryptoKey created with `extractable: false`: its bytes can never be read
 * by script, only used. A CryptoKey is structured-cloneable, so IndexedDB stores the object
 * itself (never raw key material); storage.local could not (it takes JSON only).
 *
 * The interface is tiny so unit tests (Node has no IndexedDB) can inject `memoryKeyStore()`.
 */
export interface KeyStore {
  get(): Promise<CryptoKey | null>;
  put(key: CryptoKey): Promise<void>;
  delete(): Promise<void>;
}

const DB_NAME = 'einvoice-assistant-vault';
const DB_VERSION = 1;
const STORE = 'keys';
const KEY_ID = 'credential-sets';

function isUsableKey(value: unknown): value is CryptoKey {
  return (
    typeof CryptoKey !== 'undefined' &&
    value instanceof CryptoKey &&
    value.algorithm.name === 'AES-GCM' &&
    !value.extractable
  );
}

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Could not open the key database.'));
    request.onblocked = () => reject(new Error('The key database is blocked by another version.'));
  });
}

async function withStore<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb(factory);
  try {
    const tx = db.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted.'));
    });
    const result = await promisify(run(tx.objectStore(STORE)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** The real key store: one record in the extension origin's IndexedDB. */
export function indexedDbKeyStore(factory: IDBFactory = globalThis.indexedDB): KeyStore {
  return {
    async get() {
      const value: unknown = await withStore(factory, 'readonly', (store) => store.get(KEY_ID));
      return isUsableKey(value) ? value : null;
    },
    async put(key) {
      await withStore(factory, 'readwrite', (store) => store.put(key, KEY_ID));
    },
    async delete() {
      await withStore(factory, 'readwrite', (store) => store.delete(KEY_ID));
    },
  };
}

/** For tests: the same contract, held in a variable. */
export function memoryKeyStore(): KeyStore & { peek(): CryptoKey | null } {
  let key: CryptoKey | null = null;
  return {
    get() {
      return Promise.resolve(key);
    },
    put(next) {
      key = next;
      return Promise.resolve();
    },
    delete() {
      key = null;
      return Promise.resolve();
    },
    peek() {
      return key;
    },
  };
}
