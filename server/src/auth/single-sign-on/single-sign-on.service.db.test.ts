import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/harness/engines';
import { createActor, createOffice } from '../../../test/fixtures/actors';
import {
  CookieJar,
  startTestProvider,
  throughProvider,
  type TestProvider,
} from '../../../test/harness/oidc-test-provider';
import { AppError } from '../../errors/app-error';
import { providerClient } from './single-sign-on.client';
import { Mapping, type SingleSignOnConfig } from './single-sign-on.config';
import {
  beginSignIn,
  completeSignIn,
  listExternalIdentities,
  subjectHashOf,
  unlinkExternalIdentities,
} from './single-sign-on.service';

// No server listens here: the browser's last hop (to the callback) is read, not followed.
const REFUGIO = 'http://127.0.0.1:9';
const policy = { idleMinutes: 30, absoluteHours: 12 };
const origin = { clientAddress: '10.0.0.7', userAgent: 'Vitest' };

let provider: TestProvider;
let config: SingleSignOnConfig;
beforeAll(async () => {
  provider = await startTestProvider(`${REFUGIO}/api/v1/sso/callback`);
  config = {
    issuer: new URL(provider.issuer),
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: new URL(`${REFUGIO}/api/v1/sso/callback`),
    label: 'Llave de prueba',
    scopes: ['openid', 'email'],
    mapping: Mapping.parse({}),
    timeoutMs: 5_000,
  };
});
afterAll(() => provider?.close());

describeEachEngine('single sign-on service', (database) => {
  const db = () => database().db;
  let officer: Awaited<ReturnType<typeof createActor>>;
  let admin: Awaited<ReturnType<typeof createActor>>;

  beforeAll(async () => {
    const tap = await createOffice(db(), 'TAP');
    officer = await createActor(db(), 'eligibility_officer', tap);
    admin = await createActor(db(), 'administrator', null);
    provider.accounts.set('sub-officer', { claims: { email: officer.email, email_verified: true } });
  });

  /** A sign-in through the provider up to the callback's query, and the browser's request cookie. */
  async function answer(now?: Date) {
    const client = providerClient(config);
    const { cookie, url } = await beginSignIn(db(), client, now);
    const callback = new URL(await throughProvider(url.href, REFUGIO, 'sub-officer', new CookieJar()));
    return { client, cookie, query: callback.search.slice(1) };
  }

  it('opens a full session, links the identity by its hash and records the method', async () => {
    const { client, cookie, query } = await answer();
    const result = await completeSignIn(db(), config, client, { cookie, query, origin, policy });
    expect(result.outcome).toBe('signed_in');
    if (result.outcome !== 'signed_in') return;
    expect(result.session).toMatchObject({ userId: officer.id, stage: 'full' });
    const link = await db()
      .selectFrom('external_identities')
      .select(['user_id', 'subject_hash', 'linked_by'])
      .executeTakeFirstOrThrow();
    expect(link).toEqual({
      user_id: officer.id,
      subject_hash: subjectHashOf(provider.issuer, 'sub-officer'),
      linked_by: 'verified_email',
    });
    const sessions = await db()
      .selectFrom('sessions')
      .select('stage')
      .where('user_id', '=', officer.id)
      .execute();
    expect(sessions).toEqual([{ stage: 'full' }]);
    const history = await sql<{ method: string }>`
      select method from sign_in_attempts where user_id = ${officer.id}`.execute(db());
    expect(history.rows).toEqual([{ method: 'single_sign_on' }]);

    // The same answer again: the attempt was used up.
    const replay = await completeSignIn(db(), config, client, { cookie, query, origin, policy });
    expect(replay).toMatchObject({ outcome: 'refused', reason: 'expired' });
  });

  it('refuses an answer that comes back after the attempt expired', async () => {
    const started = new Date(Date.now() - 11 * 60_000);
    const { client, cookie, query } = await answer(started);
    const result = await completeSignIn(db(), config, client, { cookie, query, origin, policy });
    expect(result).toMatchObject({ outcome: 'refused', reason: 'expired' });
  });

  it('keeps one user per identity and one identity per provider for a user', async () => {
    const other = await createActor(db(), 'eligibility_officer', null);
    const hash = subjectHashOf(provider.issuer, 'sub-officer');
    await expect(
      db()
        .insertInto('external_identities')
        .values({
          user_id: other.id,
          issuer: provider.issuer,
          subject_hash: hash,
          linked_by: 'verified_email',
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db()
        .insertInto('external_identities')
        .values({
          user_id: officer.id,
          issuer: provider.issuer,
          subject_hash: subjectHashOf(provider.issuer, 'another-subject'),
          linked_by: 'verified_email',
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      sql`insert into sign_in_attempts (user_id, outcome, method) values (${officer.id}, 'success', 'magic')`.execute(
        db(),
      ),
    ).rejects.toThrow();
  });

  it('lists and unlinks for administrators only, audited', async () => {
    await expect(listExternalIdentities(db(), officer)).rejects.toBeInstanceOf(AppError);
    await expect(unlinkExternalIdentities(db(), officer, officer.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await listExternalIdentities(db(), admin)).identities).toEqual([
      expect.objectContaining({ userId: officer.id, linkedBy: 'verified_email' }),
    ]);
    expect(await unlinkExternalIdentities(db(), admin, officer.id)).toBe(1);
    expect(await unlinkExternalIdentities(db(), admin, officer.id)).toBe(0);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'sso.identity_unlinked')
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => [a.actor_id, a.details])).toEqual([
      [admin.id, { userId: officer.id, unlinked: 1 }],
      [admin.id, { userId: officer.id, unlinked: 0 }],
    ]);
  });
});
