// A value of this window kept in its storage (localStorage) under one key,
// so a reload in the middle of a workshop comes back to it: read once and
// checked (`parse` turns anything stored, even hand-edited or from an older
// version, into a valid value or the empty one), written on every change,
// removed when it is back to empty. Storage refused or full (a private
// window) only means the value lasts as long as the page.
import { useSyncExternalStore } from 'react';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class StoredValue<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly key: string,
    private readonly parse: (stored: unknown) => T,
    private readonly isEmpty: (value: T) => boolean,
    private readonly storage: Storage | null = windowStorage(),
  ) {
    this.value = this.read();
  }

  get = (): T => this.value;

  set(value: T): void {
    this.value = value;
    try {
      if (this.isEmpty(value)) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(value));
    } catch {
      // Refused or full: the value still holds for this page.
    }
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private read(): T {
    try {
      return this.parse(JSON.parse(this.storage?.getItem(this.key) ?? 'null'));
    } catch {
      return this.parse(null);
    }
  }
}

function windowStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useStoredValue<T>(stored: StoredValue<T>): T {
  return useSyncExternalStore(stored.subscribe, stored.get);
}
