import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, linkHash, serialiseEntry, type ChainedEntry } from './audit-hash';

const entry: ChainedEntry = {
  id: '42',
  occurredAt: '2026-12-02T10:00:00.123456Z',
  actorId: '7f8e4a52-55a4-4d47-8f3c-0c8d1e6f9a10',
  action: 'case.read',
  caseId: null,
  clientAddress: '10.0.0.7',
  details: { outcome: 'ok', ids: [3, 1], nested: { b: 1, a: 'á' } },
  txid: '1234567',
};

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('gives the same bytes whatever order the keys came in', () => {
    expect(canonicalJson({ x: 1, y: { q: true, p: 'ñ' } })).toBe(
      canonicalJson({ y: { p: 'ñ', q: true }, x: 1 }),
    );
  });

  it('refuses what is not JSON', () => {
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
  });
});

describe('link hash', () => {
  it('is SHA-256 of the previous hash bytes followed by the serialised entry', () => {
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.alloc(32), Buffer.from(serialiseEntry(entry), 'utf8')]))
      .digest('hex');
    expect(linkHash(GENESIS_HASH, entry)).toBe(expected);
    expect(linkHash(GENESIS_HASH, entry)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any column or the previous hash changes', () => {
    const base = linkHash(GENESIS_HASH, entry);
    const variants: ChainedEntry[] = [
      { ...entry, id: '43' },
      { ...entry, occurredAt: '2026-12-02T10:00:00.123457Z' },
      { ...entry, actorId: null },
      { ...entry, action: 'case.register' },
      { ...entry, caseId: entry.actorId },
      { ...entry, clientAddress: '10.0.0.8' },
      { ...entry, details: { ...(entry.details as object), outcome: 'denied' } },
      { ...entry, txid: '1234568' },
    ];
    for (const variant of variants) expect(linkHash(GENESIS_HASH, variant)).not.toBe(base);
    expect(linkHash('f'.repeat(64), entry)).not.toBe(base);
  });

  it('does not depend on the key order of the details', () => {
    const reordered = { ...entry, details: { nested: { a: 'á', b: 1 }, ids: [3, 1], outcome: 'ok' } };
    expect(linkHash(GENESIS_HASH, reordered)).toBe(linkHash(GENESIS_HASH, entry));
  });
});
