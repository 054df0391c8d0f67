import type { Kysely } from 'kysely';
import { todayIn, type CountryProfile, type Role, type Sex } from '@refugio/contract';
import type { DB } from '../db/schema';
import { seedSensitiveDemoCase } from './demo-sensitive';
import { seedIdentityDemo } from './demo-identity';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { checkFilingWindow } from '../cases/filing-window';
import { buildCalendar } from '../calendars/calendar';
import { findOfficeByCode, insertOffice } from '../offices/office.repository';
import { addUser } from '../users/user.service';
import { seedDemoRecipients } from '../data-protection/demo-recipients';
import { findUserByEmail } from '../users/user.repository';
import { seededRandom } from './random';
import { advanceDemoCase } from './demo-procedure';
import { toDayNumber } from '../calendars/iso-date';
import { syntheticApplication } from './synthetic-application';
import type { DemoTeam } from './demo-case';
import { seedDemoRecords, type DemoRecordsSummary } from './demo-records';

/** The demo password: printed on first start and in the README. Never for real data. */
export const DEMO_PASSWORD = 'Refugio-demo-2026';

export const demoOffices = [
  { code: 'TAP', name: 'Oficina de Representación en Tapachula', city: 'Tapachula, Chiapas' },
  { code: 'CMX', name: 'Oficinas Centrales', city: 'Ciudad de México' },
  { code: 'TIJ', name: 'Oficina de Representación en Tijuana', city: 'Tijuana, Baja California' },
  { code: 'MTY', name: 'Oficina de Representación en Monterrey', city: 'Monterrey, Nuevo León' },
] as const;

// Each user's sex is recorded so that a same-sex interview request can be met: Tapachula's supervisor
// (a woman) may interview a woman who asks for it; its eligibility officer is a man.
export const demoUsers: { email: string; name: string; role: Role; office?: string; sex: Sex }[] = [
  {
    email: 'registro@demo.refugio.mx',
    name: 'Lucía Hernández Ortiz',
    role: 'registration_officer',
    office: 'TAP',
    sex: 'F',
  },
  {
    email: 'elegibilidad@demo.refugio.mx',
    name: 'Tomás Aguilar Peña',
    role: 'eligibility_officer',
    office: 'TAP',
    sex: 'M',
  },
  {
    email: 'supervision@demo.refugio.mx',
    name: 'Rocío Domínguez Salas',
    role: 'supervisor',
    office: 'TAP',
    sex: 'F',
  },
  {
    email: 'revision@demo.refugio.mx',
    name: 'Andrés Núñez Villalobos',
    role: 'appeals_officer',
    office: 'CMX',
    sex: 'M',
  },
  {
    email: 'registro.cdmx@demo.refugio.mx',
    name: 'Gabriela Ríos Ibáñez',
    role: 'registration_officer',
    office: 'CMX',
    sex: 'F',
  },
  { email: 'estadistica@demo.refugio.mx', name: 'Mariana Solís Cárdenas', role: 'statistician', sex: 'F' },
  { email: 'admin@demo.refugio.mx', name: 'Jorge Castillo Méndez', role: 'administrator', sex: 'M' },
  { email: 'auditoria@demo.refugio.mx', name: 'Elena Zúñiga Ramos', role: 'auditor', sex: 'F' },
];

/** Whether the database already holds any user: demo data is only ever added to an empty system. */
export async function hasAnyUser(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export interface DemoOptions {
  cases?: number;
  seed?: number;
  now?: Date;
  /**
   * Move Tapachula's cases through the records behind each step (interviews, records, assessments,
   * decisions and letters, notifications, appeals) and enter the reference data they use (rooms,
   * interpreters, country information). On for the full demo (no \`cases\` given, as on the first
   * start of \`serve\`); off when a caller asks for a number of cases without saying so, as the HTTP
   * tests do: their cases then move without records (\`advanceDemoCase\`), fast and empty of reference data.
   */
  records?: boolean;
}

export interface DemoSummary {
  offices: number;
  users: number;
  cases: number;
  /** With records: the situations shown and what could not be done yet. */
  records?: DemoRecordsSummary;
}

/**
 * Fills an empty system with demo offices, one user per role and a few dozen realistic cases,
 * registered through the same use case as the web form. Deterministic for a given seed and day.
 */
export async function seedDemo(
  db: Kysely<DB>,
  profile: CountryProfile,
  options: DemoOptions = {},
): Promise<DemoSummary> {
  const now = options.now ?? new Date();
  const records = options.records ?? options.cases === undefined;
  const calendar = buildCalendar(profile.code);
  for (const office of demoOffices) {
    if (!(await findOfficeByCode(db, office.code))) await insertOffice(db, office);
  }
  for (const user of demoUsers) {
    if (!(await findUserByEmail(db, user.email)))
      await addUser(db, null, { ...user, password: DEMO_PASSWORD });
  }
  const actorOf = async (email: string): Promise<Actor> => {
    const u = (await findUserByEmail(db, email))!;
    return {
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      officeId: u.office_id,
      clientAddress: 'demo-seed',
    };
  };
  const officers = [
    await actorOf('registro@demo.refugio.mx'),
    await actorOf('registro.cdmx@demo.refugio.mx'),
  ];
  const team: DemoTeam = {
    registration: officers[0]!,
    eligibility: await actorOf('elegibilidad@demo.refugio.mx'),
    supervisor: await actorOf('supervision@demo.refugio.mx'),
    appeals: await actorOf('revision@demo.refugio.mx'),
    administrator: await actorOf('admin@demo.refugio.mx'),
  };
  const random = seededRandom(options.seed ?? 2026);
  const count = options.cases ?? 36;
  const from = new Date(now.getTime() - 150 * 86_400_000).toISOString().slice(0, 10);
  const drafts = Array.from({ length: count }, (_, i) => ({
    officer: officers[i % 3 === 2 ? 1 : 0]!,
    application: syntheticApplication(random, { from, days: 145 }),
  }));
  // Register in date order so case numbers grow with the application date, as they would have.
  drafts.sort((a, b) => a.application.applicationDate.localeCompare(b.application.applicationDate));
  const jurisdiction = { profile, calendar };
  const today = todayIn(profile.timeZone, now);
  const registered: { id: string; index: number; filed: string; tapachula: boolean }[] = [];
  for (const [index, { officer, application }] of drafts.entries()) {
    if (
      checkFilingWindow(profile.filingWindow, application, calendar).late &&
      !application.lateFilingJustification
    ) {
      application.lateFilingJustification =
        'Refiere que desconocía el procedimiento y el plazo para solicitar.';
    }
    const at = new Date(
      `${application.applicationDate}T${String(9 + Math.floor(random() * 8)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00-06:00`,
    );
    const { id } = await registerApplication(db, officer, application, jurisdiction, at);
    registered.push({
      id,
      index,
      filed: application.applicationDate,
      tapachula: officer === team.registration,
    });
  }
  // Tapachula has the whole team in the demo: its cases move through the procedure by age.
  const tapachula = registered.filter((c) => c.tapachula);
  const summary: DemoSummary = { offices: demoOffices.length, users: demoUsers.length, cases: count };
  if (!records) {
    for (const c of tapachula)
      await advanceDemoCase(db, jurisdiction, team, c.id, toDayNumber(today) - toDayNumber(c.filed), c.index);
    return summary;
  }
  summary.records = await seedDemoRecords(db, jurisdiction, team, tapachula, today);
  // Only with the full demo: the small demo of the HTTP tests keeps its cases visible to everyone.
  await seedSensitiveDemoCase(db, jurisdiction, team, now);
  summary.cases += 1;
  summary.cases += await seedIdentityDemo(
    db,
    jurisdiction,
    { tapachula: officers[0]!, mexicoCity: officers[1]! },
    now,
  );
  await seedDemoRecipients(db, team.administrator.id);
  return summary;
}
