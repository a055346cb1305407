// What the server keeps by size (answers, compressed answers, pages): made once for all who ask at
// the same time, kept when made, and never keeping a failure.
import { describe, expect, it } from 'vitest';
import { keptBySize } from '../../src/server/api/keptBySize';

const text = () => keptBySize<string>(10, (value) => value.length);

describe('what the server keeps by size', () => {
  it('makes a value once for callers asking at the same time, and keeps it for the next', async () => {
    const kept = text();
    let made = 0;
    const make = async () => (made++, 'page');
    expect(await Promise.all([1, 2, 3].map(() => kept.getOrMake('k', make)))).toEqual(['page', 'page', 'page']);
    expect(await kept.getOrMake('k', make)).toBe('page');
    expect(made).toBe(1);
  });

  it('keeps neither a null nor a failure: the next caller makes it again', async () => {
    const kept = text();
    expect(await kept.getOrMake('k', async () => null)).toBeNull();
    await expect(kept.getOrMake('k', () => Promise.reject(new Error('the database is gone')))).rejects.toThrow('gone');
    expect(kept.get('k')).toBeUndefined();
    expect(await kept.getOrMake('k', async () => 'page')).toBe('page');
  });

  it('drops the oldest values past its size, and keeps none larger than it', () => {
    const kept = text();
    kept.keep('a', 'aaaa');
    kept.keep('b', 'bbbb');
    kept.keep('c', 'cccc');
    kept.keep('huge', 'x'.repeat(11));
    expect(['a', 'b', 'c', 'huge'].map((k) => kept.get(k))).toEqual([undefined, 'bbbb', 'cccc', undefined]);
  });
});
