import { createHash } from 'node:crypto';
import { KEY_BYTES } from './envelope';

/** A master key and its id: the first 16 hex digits of the SHA-256 of the key (safe to print). */
export interface MasterKey {
  id: string;
  key: Buffer;
}

/**
 * The master keys this process holds: the current one wraps new data keys; the others (previous keys
 * during a rotation) are accepted for unwrapping only.
 */
export interface Keyring {
  current: MasterKey;
  previous: MasterKey[];
  /** Where the keys came from, for messages: an environment variable or a file path. */
  source: string;
}

/** A configuration of master keys that cannot be used: named variable, fingerprints, no secret. */
export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyringError';
  }
}

export const fingerprintOf = (key: Buffer): string =>
  createHash('sha256').update(key).digest('hex').slice(0, 16);

export const masterKeyOf = (key: Buffer): MasterKey => ({ id: fingerprintOf(key), key });

/** Parses one base64 key of 32 bytes; the message names where it came from, never the value. */
export function parseMasterKey(text: string, where: string): MasterKey {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || trimmed.length % 4 !== 0)
    throw new KeyringError(`${where} is not base64: it must hold 32 random bytes in base64 (44 characters)`);
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES)
    throw new KeyringError(
      `${where} holds ${key.length} bytes: a master key is 32 random bytes in base64 (44 characters), e.g. from \`openssl rand -base64 32\``,
    );
  return masterKeyOf(key);
}

/**
 * Parses a key file: one base64 key a line, the current key first, previous keys after it (still
 * accepted for unwrapping while `refugio keys rotate` runs). Blank lines and `#` comments are skipped.
 */
export function parseKeyFile(text: string, source: string): Keyring {
  const keys: MasterKey[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) return;
    keys.push(parseMasterKey(content, `${source} line ${index + 1}`));
  });
  const [current, ...previous] = keys;
  if (!current) throw new KeyringError(`${source} holds no key: put one base64 key of 32 bytes on a line`);
  const ids = new Set<string>();
  for (const k of keys) {
    if (ids.has(k.id)) throw new KeyringError(`${source} lists the key ${k.id} twice`);
    ids.add(k.id);
  }
  return { current, previous, source };
}

/** The key of the given id, if the keyring holds it. */
export const keyById = (keyring: Keyring, id: string): MasterKey | undefined =>
  [keyring.current, ...keyring.previous].find((k) => k.id === id);

export const keyringIds = (keyring: Keyring): string[] => [
  keyring.current.id,
  ...keyring.previous.map((k) => k.id),
];
