import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { installKeyring } from '../../src/crypto/process-keyring';
import { masterKeyOf } from '../../src/crypto/master-key';
import type {} from './provided';

// A setup file of the unit, db, http and e2e projects: the process seals and opens fields under the
// run's test key, as a server process does under its master key once bootstrap has checked it. The unit
// project has no test environment and gets a key of its own.
const key = inject('refugioTestEnvironment')?.masterKey;
installKeyring({
  current: masterKeyOf(key ? Buffer.from(key, 'base64') : randomBytes(32)),
  previous: [],
  source: 'the test run',
});
