import { randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { DocumentMissingError, type DocumentStore } from './document-store';

/**
 * What every `DocumentStore` must do, as tests to run inside a `describe` of each implementation.
 * `fresh()` gives an empty store (its own directory, or its own prefix of a bucket) whose `list()`
 * pages hold at most `pageSize` objects when the implementation pages at all.
 */
export function documentStoreConformance(fresh: () => Promise<DocumentStore>, pageSize: number): void {
  const all = async (store: DocumentStore) => {
    const out: { key: string; modifiedAt: Date }[] = [];
    for await (const object of store.list()) out.push(object);
    return out;
  };

  it('gives back exactly the bytes put, every byte value included', async () => {
    const store = await fresh();
    const key = randomUUID();
    const content = Buffer.concat([
      Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
      randomBytes(70_000),
    ]);
    await store.put(key, content);
    expect((await store.get(key)).equals(content)).toBe(true);
    const empty = randomUUID();
    await store.put(empty, Buffer.alloc(0));
    expect((await store.get(empty)).length).toBe(0);
  });

  it('replaces an object put again under the same key', async () => {
    const store = await fresh();
    const key = randomUUID();
    await store.put(key, Buffer.from('first version, longer than the second'));
    await store.put(key, Buffer.from('second'));
    expect((await store.get(key)).toString()).toBe('second');
    expect((await all(store)).map((o) => o.key)).toEqual([key]);
  });

  it('throws DocumentMissingError for a key never put, and for one removed', async () => {
    const store = await fresh();
    await expect(store.get(randomUUID())).rejects.toBeInstanceOf(DocumentMissingError);
    const key = randomUUID();
    await store.put(key, Buffer.from('soon gone'));
    await store.remove(key);
    await expect(store.get(key)).rejects.toBeInstanceOf(DocumentMissingError);
  });

  it('removes idempotently: removing twice, or what was never there, is no error', async () => {
    const store = await fresh();
    const key = randomUUID();
    const kept = randomUUID();
    await store.put(key, Buffer.from('a'));
    await store.put(kept, Buffer.from('b'));
    await store.remove(key);
    await store.remove(key);
    await store.remove(randomUUID());
    expect((await all(store)).map((o) => o.key)).toEqual([kept]);
  });

  it('lists every object, beyond one page, each once with its modification time', async () => {
    const store = await fresh();
    const startedAt = Date.now();
    const keys = Array.from({ length: pageSize * 2 + 1 }, () => randomUUID());
    for (const key of keys) await store.put(key, Buffer.from(key));
    const listed = await all(store);
    expect(listed.map((o) => o.key).sort()).toEqual([...keys].sort());
    for (const object of listed) {
      // Stores keep whole seconds at least: allow for the truncation and a little clock skew.
      expect(object.modifiedAt.getTime()).toBeGreaterThan(startedAt - 5_000);
      expect(object.modifiedAt.getTime()).toBeLessThan(Date.now() + 5_000);
    }
  });

  it('refuses anything but a storage key as an object name', async () => {
    const store = await fresh();
    for (const key of ['../escape', 'a/b', '', 'Z'.repeat(36)]) {
      await expect(store.put(key, Buffer.from('x')), key).rejects.toThrow('Not a storage key');
      await expect(store.get(key), key).rejects.toThrow('Not a storage key');
    }
  });

  it('finds no unfinished writes after writes that all finished', async () => {
    const store = await fresh();
    await store.put(randomUUID(), Buffer.from('done'));
    expect(await store.removeUnfinished(new Date(Date.now() + 60_000))).toBe(0);
    expect(await all(store)).toHaveLength(1);
  });
}
