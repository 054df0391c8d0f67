import { beforeAll, expect, it } from 'vitest';
import type { RegisterApplicationInput } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { rejection } from '../../test/fixtures/rejection';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { getCaseFile, registerApplication } from '../cases/case.service';
import { overrideTrack } from './track-override.service';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-11-12T16:00:00Z');
const cartagena = 'cartagena_public_order_presumption';

/** The family with no specific needs, then whatever the test adds. */
function family(overrides: Partial<RegisterApplicationInput> = {}): RegisterApplicationInput {
  const base = familyOfThree();
  return {
    ...base,
    principal: { ...base.principal, specificNeeds: [] },
    dependants: (base.dependants ?? []).map((d) => ({ ...d, specificNeeds: [] })),
    ...overrides,
  };
}

describeEachEngine('triage at registration and a supervisor’s override', (database) => {
  let registrar: Actor;
  let supervisor: Actor;
  let officer: Actor;
  let otherOffice: Actor;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    registrar = await createActor(db, 'registration_officer', tap);
    supervisor = await createActor(db, 'supervisor', tap);
    officer = await createActor(db, 'eligibility_officer', tap);
    otherOffice = await createActor(db, 'supervisor', await createOffice(db, 'CMX'));
  });

  const register = async (input: RegisterApplicationInput) =>
    (await registerApplication(database().db, registrar, input, mexico, now)).id;
  const fileAs = (actor: Actor, caseId: string) => getCaseFile(database().db, actor, caseId, mexico, now);
  const stored = (caseId: string) =>
    database()
      .db.selectFrom('cases')
      .select(['track', 'triage'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();

  it('prioritises a case whose people have a listed specific need, naming each person and code', async () => {
    const input = family();
    input.principal.specificNeeds = ['LP-RR'];
    // CR-CP (child at risk, not listed by the rule) is not a reason; SC-SC (separated child) is.
    input.dependants![1]!.specificNeeds = ['CR-CP', 'SC-SC'];
    const caseId = await register(input);
    const placement = {
      track: 'prioritised',
      ruleId: 'specific_needs_priority',
      ruleVersion: null,
      reasons: [
        { code: 'specific_need', person: 0, need: 'LP-RR' },
        { code: 'specific_need', person: 2, need: 'SC-SC' },
      ],
    };
    const file = await fileAs(supervisor, caseId);
    expect(file.triage).toEqual({ track: 'prioritised', placement, override: null, canOverride: true });
    expect(await stored(caseId)).toEqual({ track: 'prioritised', triage: { placement, override: null } });
    expect(file.events[0]!.data).toMatchObject({
      track: 'prioritised',
      triageRule: 'specific_needs_priority',
    });
    expect((await fileAs(officer, caseId)).triage.canOverride).toBe(false);
  });

  it('places a case with no listed need and no indicator on the default track, saying no rule held', async () => {
    const input = family();
    input.principal.specificNeeds = ['SM-MI'];
    const caseId = await register(input);
    expect((await fileAs(officer, caseId)).triage).toMatchObject({
      track: 'regular',
      placement: { track: 'regular', ruleId: null, ruleVersion: null, reasons: [{ code: 'no_rule_held' }] },
    });
  });

  it('accelerates a case with the Cartagena presumption, and merges it when someone also has a listed need', async () => {
    const accelerated = await register(family({ triageIndicators: [cartagena] }));
    expect((await fileAs(officer, accelerated)).triage.placement).toEqual({
      track: 'accelerated',
      ruleId: 'presumption_of_inclusion',
      ruleVersion: null,
      reasons: [{ code: 'indicator', indicator: cartagena }],
    });
    const input = family({ triageIndicators: [cartagena] });
    input.dependants![0]!.specificNeeds = ['WR-WR'];
    const merged = await register(input);
    expect((await fileAs(officer, merged)).triage.placement).toEqual({
      track: 'merged_registration_rsd',
      ruleId: 'merged_vulnerable_inclusion',
      ruleVersion: null,
      reasons: [
        { code: 'indicator', indicator: cartagena },
        { code: 'specific_need', person: 1, need: 'WR-WR' },
      ],
    });
  });

  it('refuses an indicator the profile does not list, naming triageIndicators, and registers nothing', async () => {
    const { db } = database();
    const count = async () => (await db.selectFrom('cases').select('id').execute()).length;
    const before = await count();
    const error = await rejection(
      registerApplication(
        db,
        registrar,
        family({ triageIndicators: [cartagena, 'looks_credible'] }),
        mexico,
        now,
      ),
    );
    expect([error.code, error.fields?.map((f) => f.path)]).toEqual([
      'validation_failed',
      ['triageIndicators'],
    ]);
    expect(error.message).toContain('looks_credible');
    expect(await count()).toBe(before);
  });

  it('a supervisor moves the case to another track: placement kept, event and audit written', async () => {
    const { db } = database();
    const input = family();
    input.principal.specificNeeds = ['LP-RR'];
    const caseId = await register(input);
    const placement = (await fileAs(supervisor, caseId)).triage.placement;
    const reason = 'La necesidad específica fue atendida; sigue el procedimiento regular';

    const file = await overrideTrack(
      db,
      supervisor,
      caseId,
      { version: 1, track: 'regular', reason },
      mexico,
      now,
    );
    expect(file.version).toBe(2);
    expect(file.triage).toEqual({
      track: 'regular',
      placement,
      override: {
        from: 'prioritised',
        to: 'regular',
        reason,
        at: now.toISOString(),
        by: { id: supervisor.id, name: supervisor.name },
      },
      canOverride: true,
    });
    expect(file.events.at(-1)).toMatchObject({
      type: 'track_overridden',
      actor: { id: supervisor.id },
      data: { from: 'prioritised', to: 'regular', reason },
    });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('case_id', '=', caseId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      action: 'case.track_overridden',
      details: { from: 'prioritised', to: 'regular' },
    });
    expect((await stored(caseId)).track).toBe('regular');

    // A second override starts from the overridden track; the placement is still registration's.
    const again = await overrideTrack(
      db,
      supervisor,
      caseId,
      { version: 2, track: 'accelerated', reason: 'Presunción de inclusión' },
      mexico,
      now,
    );
    expect(again.triage).toMatchObject({
      track: 'accelerated',
      placement,
      override: { from: 'regular', to: 'accelerated' },
    });
  });

  it('refuses an eligibility officer (403) and another office (404), changing nothing', async () => {
    const { db } = database();
    const caseId = await register(family());
    const body = { version: 1, track: 'prioritised', reason: 'Urgente' };
    expect((await rejection(overrideTrack(db, officer, caseId, body, mexico, now))).code).toBe('forbidden');
    expect((await rejection(overrideTrack(db, otherOffice, caseId, body, mexico, now))).code).toBe(
      'not_found',
    );
    const file = await fileAs(supervisor, caseId);
    expect([file.version, file.triage.track, file.triage.override]).toEqual([1, 'regular', null]);
  });

  it.each([
    ['the same track', { track: 'regular', reason: 'Sin cambio' }, 'track'],
    ['a track the profile lacks', { track: 'express', reason: 'Más rápido' }, 'track'],
    ['an empty reason', { track: 'prioritised', reason: '' }, 'reason'],
    ['a blank reason', { track: 'prioritised', reason: '   ' }, 'reason'],
  ])('refuses %s, naming the field', async (_label, body, path) => {
    const { db } = database();
    const caseId = await register(family());
    const error = await rejection(
      overrideTrack(db, supervisor, caseId, { version: 1, ...body }, mexico, now),
    );
    expect([error.code, error.fields?.map((f) => f.path)]).toEqual(['validation_failed', [path]]);
    expect((await stored(caseId)).track).toBe('regular');
  });

  it('refuses a stale version with a conflict naming the current one', async () => {
    const { db } = database();
    const caseId = await register(family());
    await overrideTrack(
      db,
      supervisor,
      caseId,
      { version: 1, track: 'prioritised', reason: 'Urgente' },
      mexico,
      now,
    );
    const stale = await rejection(
      overrideTrack(
        db,
        supervisor,
        caseId,
        { version: 1, track: 'accelerated', reason: 'Otra' },
        mexico,
        now,
      ),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('version 2');
    expect((await stored(caseId)).track).toBe('prioritised');
  });
});
