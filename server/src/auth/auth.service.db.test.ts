import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createOffice } from '../../test/fixtures/actors';
import { addUser } from '../users/user.service';
import { AppError } from '../errors/app-error';
import { resolveSession, signIn } from './auth.service';

const policy = { idleMinutes: 30, absoluteHours: 12 };
const t0 = new Date('2026-11-20T15:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describeEachEngine('sessions', (database) => {
  beforeAll(async () => {
    const { db } = database();
    await createOffice(db, 'TAP');
    await addUser(db, null, {
      email: 'lucia@comar.test',
      name: 'Lucía',
      role: 'registration_officer',
      office: 'TAP',
      password: 'una contraseña larga',
    });
  });

  const open = () =>
    signIn(
      database().db,
      {
        email: 'lucia@comar.test',
        password: 'una contraseña larga',
        clientAddress: '10.0.0.1',
        userAgent: 'test',
      },
      policy,
      t0,
    );

  it('resolves a fresh session to its user and office', async () => {
    const { token } = await open();
    const user = await resolveSession(database().db, token, '10.0.0.1', policy, minutes(1));
    expect(user).toMatchObject({
      email: 'lucia@comar.test',
      role: 'registration_officer',
      office: { code: 'TAP' },
    });
  });

  it('stores only a hash of the token', async () => {
    const { token } = await open();
    const rows = await database().db.selectFrom('sessions').select('id').execute();
    expect(rows.some((r) => r.id === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
  });

  it('ends a session idle for longer than the limit, for good', async () => {
    const { token } = await open();
    expect(await resolveSession(database().db, token, '', policy, minutes(29))).toBeDefined();
    // Activity at minute 29 moved the idle clock: 29 + 31 is over the limit again.
    expect(await resolveSession(database().db, token, '', policy, minutes(29 + 31))).toBeUndefined();
    expect(await resolveSession(database().db, token, '', policy, minutes(29 + 1))).toBeUndefined();
  });

  it('ends a session at its absolute lifetime even when active', async () => {
    const { token } = await open();
    let at = 0;
    while (at < 12 * 60 - 20) {
      at += 20;
      expect(await resolveSession(database().db, token, '', policy, minutes(at))).toBeDefined();
    }
    expect(await resolveSession(database().db, token, '', policy, minutes(12 * 60 + 1))).toBeUndefined();
  });

  it('refuses a wrong password and a deactivated account alike', async () => {
    const wrong = signIn(
      database().db,
      { email: 'lucia@comar.test', password: 'otra contraseña', clientAddress: '', userAgent: '' },
      policy,
      t0,
    );
    await expect(wrong).rejects.toMatchObject({ code: 'invalid_credentials' });
    const { token } = await open();
    await database()
      .db.updateTable('users')
      .set({ active: false })
      .where('email', '=', 'lucia@comar.test')
      .execute();
    expect(await resolveSession(database().db, token, '', policy, minutes(1))).toBeUndefined();
    await expect(open()).rejects.toBeInstanceOf(AppError);
    await database()
      .db.updateTable('users')
      .set({ active: true })
      .where('email', '=', 'lucia@comar.test')
      .execute();
  });
});
