import { beforeAll, expect, it } from 'vitest';
import { generate } from 'otplib';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { addUser } from '../users/user.service';
import { unlockUser } from '../users/user-admin.service';
import { AppError } from '../errors/app-error';
import { changePassword } from './account.service';
import { completeMfa, resolveSession, resolveSessionState, signIn } from './auth.service';
import { confirmMfaEnrolment, setMfaPolicy, startMfaEnrolment } from './mfa.service';

const policy = { idleMinutes: 30, absoluteHours: 12 };
const t0 = new Date('2026-11-20T15:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const origin = { clientAddress: '10.0.0.9', userAgent: 'Vitest' };
const PASSWORD = 'una contraseña larga';

describeEachEngine('account security', (database) => {
  const db = () => database().db;
  const users: Record<string, { id: string; email: string }> = {};

  beforeAll(async () => {
    await createOffice(db(), 'TAP');
    for (const name of ['ana', 'beto', 'carla', 'dario', 'elena']) {
      const email = `${name}@comar.test`;
      const { id } = await addUser(db(), null, {
        email,
        name,
        role: 'eligibility_officer',
        office: 'TAP',
        password: PASSWORD,
      });
      users[name] = { id, email };
    }
  });

  const attempt = (email: string, password: string, when: Date) =>
    signIn(db(), { email, password, ...origin }, policy, when).catch((e: unknown) => e);
  const fieldCode = (e: unknown) => (e instanceof AppError ? (e.fields?.[0]?.code ?? e.code) : 'no error');

  it('locks an account after five consecutive failures, for one minute, then doubles', async () => {
    const { email, id } = users.ana!;
    for (let i = 0; i < 4; i++)
      expect(fieldCode(await attempt(email, 'mal', at(i)))).toBe('invalid_credentials');
    expect(fieldCode(await attempt(email, 'mal', at(4)))).toBe('too_many_attempts');
    // Locked: even the right password is refused, with the same 401.
    const locked = await attempt(email, PASSWORD, at(30));
    expect(locked).toMatchObject({ status: 401, code: 'invalid_credentials' });
    expect(fieldCode(locked)).toBe('too_many_attempts');
    // The lock ran out; one more failure locks for two minutes.
    expect(fieldCode(await attempt(email, 'mal', at(65)))).toBe('too_many_attempts');
    expect(fieldCode(await attempt(email, PASSWORD, at(65 + 110)))).toBe('too_many_attempts');
    const opened = await attempt(email, PASSWORD, at(65 + 121));
    expect(opened).toMatchObject({ stage: 'full', userId: id });
    // Success reset the count: four failures do not lock again.
    for (let i = 0; i < 4; i++) await attempt(email, 'mal', at(200 + i));
    expect(await attempt(email, PASSWORD, at(210))).toMatchObject({ stage: 'full' });

    const history = await db()
      .selectFrom('sign_in_attempts')
      .select('outcome')
      .where('user_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(history.map((h) => h.outcome).slice(0, 9)).toEqual([
      ...Array(5).fill('wrong_password'),
      'locked',
      'wrong_password',
      'locked',
      'success',
    ]);
    const audit = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'auth.locked')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('locks an unknown e-mail exactly like a known one, keeping no address', async () => {
    for (let i = 0; i < 4; i++) await attempt('nadie@comar.test', 'mal', at(i));
    expect(fieldCode(await attempt('nadie@comar.test', 'mal', at(5)))).toBe('too_many_attempts');
    const rows = await db().selectFrom('sign_in_throttle').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('nadie');
  });

  it('counts concurrent failures exactly', async () => {
    const { email } = users.beto!;
    await Promise.all(Array.from({ length: 7 }, () => attempt(email, 'mal', at(0))));
    const rows = await db().selectFrom('sign_in_throttle').select('failures').execute();
    expect(rows.map((r) => r.failures)).toContain(7);
    const admin = await createActor(db(), 'administrator', null);
    await unlockUser(db(), admin, users.beto!.id);
    expect(await attempt(email, PASSWORD, at(1))).toMatchObject({ stage: 'full' });
    const unlocked = await db()
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'auth.unlocked')
      .execute();
    expect(unlocked.map((u) => u.details)).toContainEqual({ userId: users.beto!.id, hadFailures: true });
  });

  it('enrols TOTP, then asks for a code after the password, accepting each code once', async () => {
    const { id, email } = users.carla!;
    const actor = { id, email, role: 'eligibility_officer' as const, clientAddress: '' };
    const { secret, uri } = await startMfaEnrolment(db(), actor, at(0));
    expect(uri).toMatch(/^otpauth:\/\/totp\/Refugio:carla%40comar\.test\?secret=/);
    const wrong = await confirmMfaEnrolment(db(), actor, { code: '000000' }, at(0)).catch((e: unknown) => e);
    expect(fieldCode(wrong)).toBe('wrong_code');
    const code0 = await generate({ secret, epoch: at(0).getTime() / 1000 });
    const recovery = await confirmMfaEnrolment(db(), actor, { code: code0 }, at(0));
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    const stored = await db()
      .selectFrom('mfa_recovery_codes')
      .select('code_hash')
      .where('user_id', '=', id)
      .execute();
    expect(stored.map((s) => s.code_hash)).not.toContain(recovery[0]);

    const pending = await signIn(db(), { email, password: PASSWORD, ...origin }, policy, at(5));
    expect(pending.stage).toBe('mfa');
    // A pending session signs nobody in.
    expect(await resolveSession(db(), pending.token, '', policy, at(6))).toBeUndefined();
    const state = (await resolveSessionState(db(), pending.token, '', policy, at(6)))!;
    // The code used at enrolment (same time step) is refused: a replay.
    const replay = await completeMfa(
      db(),
      state,
      { method: 'totp', code: code0 },
      origin,
      policy,
      at(10),
    ).catch((e: unknown) => e);
    expect(fieldCode(replay)).toBe('wrong_code');
    const code1 = await generate({ secret, epoch: at(31).getTime() / 1000 });
    const full = await completeMfa(db(), state, { method: 'totp', code: code1 }, origin, policy, at(31));
    expect(full.stage).toBe('full');
    expect(full.token).not.toBe(pending.token);
    expect(await resolveSession(db(), full.token, '', policy, at(32))).toMatchObject({ id });
    expect(await resolveSessionState(db(), pending.token, '', policy, at(32))).toBeUndefined();

    // Same code again, on a new sign-in: refused.
    const again = await signIn(db(), { email, password: PASSWORD, ...origin }, policy, at(40));
    const againState = (await resolveSessionState(db(), again.token, '', policy, at(40)))!;
    const replayed = await completeMfa(
      db(),
      againState,
      { method: 'totp', code: code1 },
      origin,
      policy,
      at(40),
    ).catch((e: unknown) => e);
    expect(fieldCode(replayed)).toBe('wrong_code');
    // A recovery code works once, in any case and with or without dashes.
    const code = recovery[0]!;
    const viaRecovery = await completeMfa(
      db(),
      againState,
      { method: 'recovery_code', code: code.toLowerCase().replaceAll('-', '') },
      origin,
      policy,
      at(41),
    );
    expect(viaRecovery.stage).toBe('full');
    const third = await signIn(db(), { email, password: PASSWORD, ...origin }, policy, at(50));
    const thirdState = (await resolveSessionState(db(), third.token, '', policy, at(50)))!;
    const spent = await completeMfa(
      db(),
      thirdState,
      { method: 'recovery_code', code },
      origin,
      policy,
      at(50),
    ).catch((e: unknown) => e);
    expect(fieldCode(spent)).toBe('wrong_code');
  });

  it('counts wrong codes towards the lockout and ends the pending session when it locks', async () => {
    const { email, id } = users.carla!;
    const pending = await signIn(db(), { email, password: PASSWORD, ...origin }, policy, at(600));
    const state = (await resolveSessionState(db(), pending.token, '', policy, at(600)))!;
    // One wrong recovery code already counted in the test before.
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push(
        fieldCode(
          await completeMfa(
            db(),
            state,
            { method: 'totp', code: '12345' + i },
            origin,
            policy,
            at(601 + i),
          ).catch((e: unknown) => e),
        ),
      );
    }
    expect(codes).toEqual(['wrong_code', 'wrong_code', 'wrong_code', 'too_many_attempts']);
    expect(await resolveSessionState(db(), pending.token, '', policy, at(610))).toBeUndefined();
    const outcomes = await db()
      .selectFrom('sign_in_attempts')
      .select('outcome')
      .where('user_id', '=', id)
      .where('outcome', '=', 'mfa_failed')
      .execute();
    expect(outcomes).toHaveLength(3 + 4);
  });

  it('sends a user of a role that requires MFA, without it, to enrol first', async () => {
    const admin = await createActor(db(), 'administrator', null);
    await setMfaPolicy(db(), admin, { roles: ['eligibility_officer'] }, at(0));
    const { email } = users.dario!;
    const pending = await signIn(db(), { email, password: PASSWORD, ...origin }, policy, at(700));
    expect(pending.stage).toBe('mfa_enrolment');
    expect(await resolveSession(db(), pending.token, '', policy, at(701))).toBeUndefined();
    await setMfaPolicy(db(), admin, { roles: [] }, at(0));
    expect((await signIn(db(), { email, password: PASSWORD, ...origin }, policy, at(702))).stage).toBe(
      'full',
    );
  });

  it('changes the password by the rules, ending the other sessions only', async () => {
    const { email } = users.elena!;
    const first = await signIn(db(), { email, password: PASSWORD, ...origin }, policy, at(0));
    const second = await signIn(db(), { email, password: PASSWORD, ...origin }, policy, at(0));
    const current = (await resolveSessionState(db(), second.token, '', policy, at(1)))!;
    const wrong = await changePassword(
      db(),
      current,
      { currentPassword: 'mal', newPassword: 'x' },
      at(1),
    ).catch((e: unknown) => e);
    expect((wrong as AppError).fields).toEqual([
      expect.objectContaining({ path: 'currentPassword', code: 'wrong_password' }),
    ]);
    const common = await changePassword(
      db(),
      current,
      { currentPassword: PASSWORD, newPassword: 'Password2026!' },
      at(1),
    ).catch((e: unknown) => e);
    expect((common as AppError).fields).toEqual([
      expect.objectContaining({ path: 'newPassword', code: 'common' }),
    ]);
    expect(
      await changePassword(
        db(),
        current,
        { currentPassword: PASSWORD, newPassword: 'otra frase bastante larga' },
        at(2),
      ),
    ).toEqual({ sessionsEnded: 1 });
    expect(await resolveSession(db(), first.token, '', policy, at(3))).toBeUndefined();
    expect(await resolveSession(db(), second.token, '', policy, at(3))).toBeDefined();
    expect(fieldCode(await attempt(email, PASSWORD, at(4)))).toBe('invalid_credentials');
    expect(await attempt(email, 'otra frase bastante larga', at(5))).toMatchObject({ stage: 'full' });
  });
});
