import { beforeAll, expect, it } from 'vitest';
import { roles, type Role } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { grantBreakGlass, markCaseSensitive } from '../../test/fixtures/sensitivity';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from './actor';
import { canReadCase, caseListFilter, caseListScope, caseScopeOf } from './policy';
import { listCases, registerApplication } from '../cases/case.service';
import { findCaseById } from '../cases/case.repository';
import { CaseListQuery } from '@refugio/contract';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-04-20T16:00:00Z');

/**
 * The list filter in SQL and `canReadCase` in TypeScript must agree on every case for every role:
 * otherwise a case would show in a list and then answer 404, or — worse — hide in the file and show
 * in the list. Cases in every scope the matrix names; each role's actor; both engines.
 */
describeEachEngine('the case list filter agrees with canReadCase', (database) => {
  const actors = {} as Record<Role, Actor>;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    const cmx = await createOffice(db, 'CMX');
    for (const role of roles)
      actors[role] = await createActor(
        db,
        role,
        role === 'administrator' || role === 'statistician' || role === 'auditor' ? null : tap,
      );
    const registrarThere = await createActor(db, 'registration_officer', cmx);
    const register = async (who: Actor, name: string) =>
      (
        await registerApplication(
          db,
          who,
          familyOfThree({ principal: { ...familyOfThree().principal, givenNames: name } }),
          mexico,
          now,
        )
      ).id;
    const me = actors.registration_officer;
    cases.ordinary = await register(me, 'Ordinaria');
    cases.elsewhere = await register(registrarThere, 'Lejana');
    cases.sensitive = await register(me, 'Sensible');
    cases.assigned = await register(me, 'Asignada');
    cases.named = await register(me, 'Nombrada');
    cases.appealed = await register(registrarThere, 'Apelada');
    cases.broken = await register(registrarThere, 'Urgente');
    cases.expired = await register(registrarThere, 'Vencida');
    const supervisor = actors.supervisor;
    await markCaseSensitive(db, cases.sensitive, { by: supervisor.id });
    await db
      .updateTable('cases')
      .set({ assigned_to: actors.eligibility_officer.id })
      .where('id', '=', cases.assigned)
      .execute();
    await markCaseSensitive(db, cases.assigned, { by: supervisor.id, category: 'lgbtiq' });
    await markCaseSensitive(db, cases.named, { by: supervisor.id, supervisors: [supervisor.id] });
    await db.updateTable('cases').set({ appeal_on_file: true }).where('id', 'in', [cases.appealed]).execute();
    await markCaseSensitive(db, cases.appealed, { by: supervisor.id });
    for (const role of roles) {
      await grantBreakGlass(db, { userId: actors[role].id, caseId: cases.broken });
      await grantBreakGlass(db, { userId: actors[role].id, caseId: cases.expired, expired: true });
    }
  });

  it('shows each role exactly the cases it may open', async () => {
    const { db } = database();
    const all = Object.entries(cases);
    for (const role of roles) {
      const actor = actors[role];
      const scope = caseListScope(actor);
      const listed = await db
        .selectFrom('cases')
        .select('id')
        .where(caseListFilter(scope, 'cases'))
        .where('id', 'in', Object.values(cases))
        .execute();
      const readable = [];
      for (const [label, id] of all) {
        const row = await findCaseById(db, id, actor.id);
        if (canReadCase(actor, caseScopeOf(row!))) readable.push(label);
      }
      const listedLabels = all.filter(([, id]) => listed.some((r) => r.id === id)).map(([l]) => l);
      expect([role, listedLabels.sort()]).toEqual([role, readable.sort()]);
    }
  });

  it('hides sensitive cases from the office and administrators, and shows them to their people', async () => {
    const { db } = database();
    const visible = async (role: Role) => {
      const rows = await db
        .selectFrom('cases')
        .select('id')
        .where(caseListFilter(caseListScope(actors[role]), 'cases'))
        .where('id', 'in', Object.values(cases))
        .execute();
      return Object.entries(cases)
        .filter(([, id]) => rows.some((r) => r.id === id))
        .map(([label]) => label)
        .sort();
    };
    expect(await visible('registration_officer')).toEqual(['broken', 'ordinary']);
    expect(await visible('eligibility_officer')).toEqual(['assigned', 'broken', 'ordinary']);
    expect(await visible('supervisor')).toEqual(['broken', 'named', 'ordinary']);
    expect(await visible('appeals_officer')).toEqual(['appealed', 'broken', 'ordinary']);
    expect(await visible('administrator')).toEqual(['broken', 'elsewhere', 'expired', 'ordinary']);
    expect(await visible('statistician')).toEqual([]);
  });

  it('does not reveal a sensitive case to a name search, nor count it', async () => {
    const { db } = database();
    const search = (actor: Actor, q: string) => listCases(db, actor, CaseListQuery.parse({ q }), mexico, now);
    const office = await search(actors.registration_officer, 'Sensible');
    expect(office.total).toBe(0);
    expect(office.items).toEqual([]);
    const admin = await search(actors.administrator, 'Asignada');
    expect(admin.total).toBe(0);
    const officer = await search(actors.eligibility_officer, 'Asignada');
    expect(officer.total).toBe(1);
    expect(officer.items[0]!.sensitive).toBe(true);
  });
});
