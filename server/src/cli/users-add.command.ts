import type { Role } from '@refugio/contract';
import type { Config } from '../config/config';
import { openConfiguredDatabase } from '../db/bootstrap';
import { addUser, generatePassword } from '../users/user.service';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function usersAddCommand(
  config: Config,
  options: {
    email: string;
    name: string;
    role: Role;
    office?: string;
    /** `--sex F|M|X`: checked by the use case, which names the field when it is anything else. */
    sex?: string;
    passwordStdin?: boolean;
  },
): Promise<void> {
  const password = options.passwordStdin ? await readStdin() : generatePassword();
  const database = await openConfiguredDatabase(config);
  try {
    await addUser(database.db, null, {
      email: options.email,
      name: options.name,
      role: options.role,
      office: options.office,
      sex: options.sex,
      password,
    });
    console.warn(`Created ${options.role} ${options.email.toLowerCase()}.`);
    if (!options.passwordStdin) {
      // Printed once to the operator's terminal (stdout, so it can be piped to a password manager).
      process.stdout.write(`Password (shown once): ${password}\n`);
    }
  } finally {
    await database.close();
  }
}
