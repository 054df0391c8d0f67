import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyringError, keyById, parseKeyFile, parseMasterKey } from './master-key';

const b64 = () => randomBytes(32).toString('base64');

describe('master keys', () => {
  it('names a key by the first 16 hex digits of its SHA-256', () => {
    const text = b64();
    const key = parseMasterKey(text, 'REFUGIO_MASTER_KEY');
    expect(key.id).toBe(createHash('sha256').update(Buffer.from(text, 'base64')).digest('hex').slice(0, 16));
    expect(key.key.length).toBe(32);
  });

  it('refuses a key of the wrong length or not in base64, naming where it came from and never the value', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => parseMasterKey(short, 'REFUGIO_MASTER_KEY')).toThrow(
      /REFUGIO_MASTER_KEY holds 16 bytes: a master key is 32 random bytes/,
    );
    try {
      parseMasterKey('not a key!', 'REFUGIO_MASTER_KEY');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KeyringError);
      expect((error as Error).message).toMatch(/REFUGIO_MASTER_KEY is not base64/);
      expect((error as Error).message).not.toContain('not a key!');
    }
  });

  it('reads a key file: the first key current, the others previous; comments and blank lines skipped', () => {
    const [a, b] = [b64(), b64()];
    const ring = parseKeyFile(`# rotated 2026-12\n${a}\n\n${b}\n`, 'keys');
    expect(ring.current.key.toString('base64')).toBe(a);
    expect(ring.previous).toHaveLength(1);
    expect(keyById(ring, ring.previous[0]!.id)?.key.toString('base64')).toBe(b);
    expect(keyById(ring, '0000000000000000')).toBeUndefined();
  });

  it('refuses an empty key file, a bad line (by its number) and a key listed twice', () => {
    expect(() => parseKeyFile('\n# nothing\n', 'keys')).toThrow(/keys holds no key/);
    expect(() => parseKeyFile(`${b64()}\nabc\n`, 'keys')).toThrow(/keys line 2/);
    const a = b64();
    expect(() => parseKeyFile(`${a}\n${a}\n`, 'keys')).toThrow(/twice/);
  });
});
