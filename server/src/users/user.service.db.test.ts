import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createOffice } from '../../test/fixtures/actors';
import { AppError } from '../errors/app-error';
import { addUser } from './user.service';

const base = {
  name: 'Paola Reyes Luna',
  role: 'eligibility_officer' as const,
  office: 'TAP',
  password: 'una contraseña larga',
};

describeEachEngine('adding users', (database) => {
  beforeAll(async () => {
    await createOffice(database().db, 'TAP');
  });

  const sexOf = async (id: string) =>
    (await database().db.selectFrom('users').select('sex').where('id', '=', id).executeTakeFirstOrThrow())
      .sex;

  it('records the sex given, in either case, and audits only that it was recorded', async () => {
    const { db } = database();
    const woman = await addUser(db, null, { ...base, email: 'paola@comar.test', sex: 'F' });
    const man = await addUser(db, null, { ...base, email: 'raul@comar.test', sex: ' m ' });
    expect(await sexOf(woman.id)).toBe('F');
    expect(await sexOf(man.id)).toBe('M');
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'user.add')
      .execute();
    expect(audit.map((a) => a.details)).toContainEqual({
      userId: woman.id,
      role: 'eligibility_officer',
      sexRecorded: true,
    });
  });

  it('leaves the sex unrecorded when none is given', async () => {
    const { id } = await addUser(database().db, null, { ...base, email: 'sin.dato@comar.test' });
    expect(await sexOf(id)).toBeNull();
  });

  it('refuses any other value, naming the field, and creates nobody', async () => {
    const { db } = database();
    const refused = await addUser(db, null, { ...base, email: 'q@comar.test', sex: 'Q' }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fields).toEqual([
      expect.objectContaining({ path: 'sex', message: 'One of F, M, X' }),
    ]);
    const row = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'q@comar.test')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('refuses a password against the rules, naming the field, and creates nobody', async () => {
    const { db } = database();
    for (const [password, code] of [
      ['corta', 'too_short'],
      ['Password2026!', 'common'],
      ['soy.nuevo en comar', 'contains_email'],
    ] as const) {
      const refused = await addUser(db, null, { ...base, email: 'soy.nuevo@comar.test', password }).catch(
        (e: unknown) => e,
      );
      expect((refused as AppError).fields).toEqual([expect.objectContaining({ path: 'password', code })]);
    }
    const row = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'soy.nuevo@comar.test')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});
