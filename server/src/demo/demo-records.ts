import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { isWorkingDay } from '../calendars/calendar';
import { addDays } from '../calendars/iso-date';
import type { Jurisdiction } from '../countries/jurisdiction';
import { instantAt } from '../interviews/local-time';
import { loadDemoCase, type DemoCase, type DemoTeam, type DemoWorld } from './demo-case';
import { seedCoiLibrary, supersedeOldHondurasReport } from './demo-coi-library';
import { walkDemoCase, type JourneyNotes } from './demo-journey';
import { planDemoCases, type DemoRoles } from './demo-plan';
import { seedRegister } from './demo-register';
import { seedDemoQuality } from './demo-quality';

/** What the records part of the demo shows, and what it could not do yet. */
export interface DemoRecordsSummary {
  roles: DemoRoles;
  /** Appeals left lodged because the appeals officer (another office) may not yet act on the case. */
  appealsLeftLodged: number;
}

/**
 * The demo's records: rooms, interpreters and country information as the authority's staff would have
 * entered them, then each Tapachula case walked through interviews, assessment, decision, notification
 * and appeal as far as its age reaches (Mexico only: the stories and model resolutions are Mexico's).
 * The 2024 Honduras report is superseded last, once the assessments that cite it exist.
 */
export async function seedDemoRecords(
  db: Kysely<DB>,
  jurisdiction: Jurisdiction,
  team: DemoTeam,
  tapachula: readonly { id: string; index: number; filed: string }[],
  today: string,
): Promise<DemoRecordsSummary> {
  const world = await seedReferenceData(db, jurisdiction, team, today);
  const summary =
    jurisdiction.profile.code === 'MEX'
      ? await walkTapachula(world, tapachula, today)
      : { roles: {}, appealsLeftLodged: 0 };
  await supersedeOldHondurasReport(
    db,
    team.supervisor,
    world.library,
    instantAt(world.library.hondurasUpdatedOn, '09:00', jurisdiction.profile.timeZone),
  );
  await seedDemoQuality(db, jurisdiction, team, today, REFUGIO_IN_USE_FOR_DAYS);
  return summary;
}

/** Rooms, the interpreter register and the country-information library, as staff would have entered them. */
async function seedReferenceData(
  db: Kysely<DB>,
  jurisdiction: Jurisdiction,
  team: DemoTeam,
  today: string,
): Promise<DemoWorld> {
  const tz = jurisdiction.profile.timeZone;
  const long = instantAt(addDays(today, -200), '10:00', tz);
  const register = await seedRegister(db, team, addDays(today, -365), long);
  const hondurasUpdatedOn = addDays(today, -21);
  const library = await seedCoiLibrary(
    db,
    { supervisor: team.supervisor, officer: team.eligibility },
    {
      addedAt: long,
      hondurasUpdateAddedAt: instantAt(addDays(hondurasUpdatedOn, -1), '10:00', tz),
      hondurasUpdatedOn,
    },
  );
  return { db, jurisdiction, team, register, library };
}

/**
 * How long ago, in the demo's story, the office started working in Refugio. Files opened before then
 * went on on paper until their decision, as a migration would leave them: their interviews,
 * assessments and decisions have no records and their steps are taken bare (demo-paper-steps.ts);
 * their weekly signatures from then on, and their appeals, are in Refugio. This also keeps the seed
 * fast (a step through its records costs several times a bare one) while the cases users open first,
 * the recent ones, have every record.
 */
export const REFUGIO_IN_USE_FOR_DAYS = 80;

/**
 * Walks each Tapachula case (in filing order) through its planned steps and records. Recognitions for
 * two cases in three, the rest refused or given complementary protection as their claim suggests.
 */
async function walkTapachula(
  world: DemoWorld,
  cases: readonly { id: string; index: number; filed: string }[],
  today: string,
): Promise<DemoRecordsSummary> {
  const inUseSince = addDays(today, -REFUGIO_IN_USE_FOR_DAYS);
  const loaded = new Map<string, DemoCase>();
  for (const [position, c] of cases.entries()) {
    const kase = await loadDemoCase(world.db, c.id, c.index, 'recognized');
    // One in three of the office's cases, in filing order, so that any few recent ones show both kinds.
    kase.outcome = position % 3 === 1 ? kase.story.refusal : 'recognized';
    loaded.set(c.id, kase);
  }
  const plan = planDemoCases(
    cases.map((c) => ({ caseId: c.id, index: c.index, filed: c.filed, outcome: loaded.get(c.id)!.outcome })),
    today,
    (date) => isWorkingDay(world.jurisdiction.calendar, date),
    inUseSince,
  );
  for (const id of plan.paper) loaded.get(id)!.paper = true;
  const notes: JourneyNotes = { appealsLeftLodged: 0 };
  for (const c of cases) await walkDemoCase(world, loaded.get(c.id)!, plan.steps.get(c.id) ?? [], notes);
  return { roles: plan.roles, appealsLeftLodged: notes.appealsLeftLodged };
}
