import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, Role, line, sexes } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { recordAudit } from '../audit/audit.repository';
import { AppError, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findOfficeByCode } from '../offices/office.repository';
import { hashPassword } from '../auth/password';
import { passwordProblems } from '../auth/password-rules';
import { findUserByEmail, insertUser } from './user.repository';

export const AddUserInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: line(200).pipe(z.string().min(1)),
  role: Role,
  /** Office code; administrators and auditors may have none. */
  office: z.string().trim().toUpperCase().optional(),
  /** Checked against the password rules (auth/password-rules.ts) once the e-mail is known. */
  password: z.string().max(MAX_PASSWORD_LENGTH * 4),
  /**
   * F, M or X, for an interviewer asked to be of the applicant's sex (UNHCR INT-1). Optional: an
   * unrecorded sex never meets a same-sex request.
   */
  sex: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(sexes, { error: `One of ${sexes.join(', ')}` }))
    .optional(),
});
export type AddUserInput = z.input<typeof AddUserInput>;

/** A readable random password (about 120 bits), printed once by the CLI. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

/** Creates a user account. `actor` is null when an operator runs the CLI on the server. */
export async function addUser(
  db: Kysely<DB>,
  actor: Actor | null,
  raw: AddUserInput,
): Promise<{ id: string }> {
  const input = parseOrThrow(AddUserInput, raw);
  const needsOffice = !['administrator', 'auditor', 'statistician'].includes(input.role);
  if (needsOffice && !input.office) {
    throw validationFailed([
      { path: 'office', code: 'required', message: `The role ${input.role} needs an office` },
    ]);
  }
  const problems = passwordProblems(input.password, { email: input.email, path: 'password' });
  if (problems.length > 0) throw validationFailed(problems);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    let officeId: string | null = null;
    if (input.office) {
      const office = await findOfficeByCode(trx, input.office);
      if (!office)
        throw validationFailed([
          { path: 'office', code: 'unknown', message: `No office with code ${input.office}` },
        ]);
      officeId = office.id;
    }
    if (await findUserByEmail(trx, input.email)) {
      throw new AppError('conflict', `A user with the e-mail ${input.email} exists already`);
    }
    const id = await insertUser(trx, { ...input, officeId, passwordHash });
    await recordAudit(trx, actor, {
      action: 'user.add',
      details: { userId: id, role: input.role, sexRecorded: input.sex !== undefined },
    });
    return { id };
  });
}
