// A map that keeps values up to a total size, dropping the oldest first: the answer cache, the
// compressed answers and the rendered pages all keep what one data version made, and one
// nationwide answer is megabytes. What is not kept yet is made once for all who ask at the same
// time: after a publication every page and answer is new, and fifty clients asking for one at once
// made it fifty times, each holding its own copy of megabytes (memory the process then kept).
export type KeptBySize<V> = {
  get(key: string): V | undefined;
  keep(key: string, value: V): void;
  /** The kept value, or what `make` gives (kept unless null); callers for a key share one `make` under way. */
  getOrMake(key: string, make: () => Promise<V | null>): Promise<V | null>;
};

export function keptBySize<V>(maxSize: number, sizeOf: (value: V) => number): KeptBySize<V> {
  const kept = new Map<string, V>();
  const making = new Map<string, Promise<V | null>>();
  let size = 0;
  function keep(key: string, value: V): void {
    if (sizeOf(value) > maxSize) return;
    const replaced = kept.get(key);
    if (replaced !== undefined) size -= sizeOf(replaced);
    kept.delete(key);
    kept.set(key, value);
    size += sizeOf(value);
    for (const [oldKey, old] of kept) {
      if (size <= maxSize) break;
      kept.delete(oldKey);
      size -= sizeOf(old);
    }
  }

  return {
    get: (key) => kept.get(key),
    keep,
    getOrMake(key, make) {
      const value = kept.get(key);
      if (value !== undefined) return Promise.resolve(value);
      let made = making.get(key);
      if (!made) {
        made = make()
          .then((fresh) => {
            if (fresh !== null) keep(key, fresh);
            return fresh;
          })
          .finally(() => making.delete(key));
        making.set(key, made);
      }
      return made;
    },
  };
}
