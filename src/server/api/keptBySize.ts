// A map that keeps values up to a total size, dropping the oldest first: the answer cache, the
// compressed answers and the rendered pages all keep what one data version made, and one
// nationwide answer is megabytes.
export type KeptBySize<V> = { get(key: string): V | undefined; keep(key: string, value: V): void };

export function keptBySize<V>(maxSize: number, sizeOf: (value: V) => number): KeptBySize<V> {
  const kept = new Map<string, V>();
  let size = 0;
  return {
    get: (key) => kept.get(key),
    keep(key, value) {
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
    },
  };
}
