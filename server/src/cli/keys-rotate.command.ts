import { SingleBar } from 'cli-progress';
import type { Config } from '../config/config';
import { openConfiguredDatabase } from '../db/bootstrap';
import { rotateDataKeys } from '../crypto/key-rotation.service';
import { keyringIds } from '../crypto/master-key';

/**
 * `refugio keys rotate`: re-wraps every data key, and re-seals every TOTP secret, under the current
 * master key (the first of the key file), in batches of their own transactions, with progress on stderr. Rerun it after a crash: it
 * takes what is left.
 */
export async function keysRotateCommand(config: Config, options: Record<string, unknown>): Promise<void> {
  const batchSize = options.batchSize === undefined ? 500 : Number(options.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new Error('--batch-size must be a whole number from 1 to 10000');
  const database = await openConfiguredDatabase(config);
  const { keyring } = database;
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'Re-wrapping data keys [{bar}] {value}/{total} | {rate} keys/s | ETA {eta_formatted}',
    noTTYOutput: true,
    notTTYSchedule: 2000,
    hideCursor: true,
  });
  const started = Date.now();
  try {
    console.warn(`Current master key: ${keyring.current.id} (from ${keyring.source})`);
    const result = await rotateDataKeys(database.db, keyring, {
      batchSize,
      onStart: (total) => bar.start(total, 0, { rate: '0' }),
      onBatch: (done) => {
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        bar.update(done, { rate: (done / seconds).toFixed(0) });
      },
    });
    bar.stop();
    console.warn(`Re-wrapped ${result.rewrapped} data key(s) under ${keyring.current.id}.`);
    console.warn(`Re-sealed ${result.resealedSecrets} TOTP secret(s) under ${keyring.current.id}.`);
    const old = keyringIds(keyring).slice(1);
    const left = result.leftUnderOldKeys + result.secretsLeftUnderOldKeys;
    if (left === 0) {
      console.warn(
        old.length > 0
          ? `No data key is left under an old key: ${old.join(', ')} can now be removed from the key file.`
          : 'No data key is left under an old key.',
      );
    } else {
      console.warn(
        `${result.leftUnderOldKeys} data key(s) and ${result.secretsLeftUnderOldKeys} TOTP secret(s) are still under ` +
          'an old key (made by a server that still had the old key first, or locked by another rotation): restart ' +
          'the servers with the new key file and run this again.',
      );
      process.exitCode = 2;
    }
  } finally {
    bar.stop();
    await database.close();
  }
}
