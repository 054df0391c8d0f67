import cliProgress from 'cli-progress';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../server/src/db/schema';
import { insertOffice } from '../../server/src/offices/office.repository';
import { insertUser } from '../../server/src/users/user.repository';
import type { Actor } from '../../server/src/access/actor';
import type { Role } from '@refugio/contract';

export interface DatasetOptions {
  cases: number;
  offices: number;
  /** Applications are spread over this many days before `today`. */
  spreadDays: number;
  /** The dataset's "today" (YYYY-MM-DD): no event is later. */
  today: string;
}

export interface Dataset {
  administrator: Actor;
  /** One supervisor per office, in office order. */
  supervisors: Actor[];
  /** One eligibility officer per office, in office order. */
  officers: Actor[];
  officeIds: string[];
}

const CHUNK = 10_000;

/** A progress bar with rate and ETA, as the registration benchmark prints it. */
export function progressBar(label: string, total: number, unit: string) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label.padEnd(22)} [{bar}] {value}/{total} ${unit} | {rate}/s | ETA {eta}s`,
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(total, 0, { rate: '0' });
  return {
    update(value: number) {
      bar.update(value, { rate: ((value * 1000) / (performance.now() - started)).toFixed(0) });
    },
    stop() {
      bar.stop();
      return (performance.now() - started) / 1000;
    },
  };
}

/** A deterministic uniform number in [0, 1) for case `n`, one stream per salt (PostgreSQL's own hash). */
const u = (salt: number): RawBuilder<number> =>
  sql<number>`((hashint8extended(n, ${sql.lit(salt)}) & 4503599627370495)::float8 / 4503599627370496)`;

/** Picks from a weighted list with the uniform number `x` (a SQL expression). */
function weighted(
  x: RawBuilder<number>,
  options: readonly (readonly [string, number])[],
): RawBuilder<string> {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let upTo = 0;
  const branches = options.map(([value, w]) => {
    upTo += w / total;
    return sql`when ${x} < ${sql.lit(upTo)} then ${sql.lit(value)}`;
  });
  return sql<string>`(case ${sql.join(branches, sql` `)} else ${sql.lit(options.at(-1)![0])} end)`;
}

const pickFrom = (x: RawBuilder<number>, values: readonly string[]) =>
  sql<string>`(${sql.val(values)}::text[])[1 + floor(${x} * ${sql.lit(values.length)})::int]`;

const givenNames = [
  'Maria Jose',
  'Jose Luis',
  'Ana',
  'Luis Alberto',
  'Carmen',
  'Juan Carlos',
  'Rosa Elena',
  'Carlos',
  'Yesenia',
  'Jorge',
  'Sofia',
  'Miguel Angel',
  'Daniela',
  'Wilson',
  'Marie Carmelle',
  'Jean Robert',
  'Kenia',
  'Yoandry',
];
const surnames = [
  'Hernandez',
  'Lopez',
  'Martinez',
  'Rodriguez',
  'Garcia',
  'Perez',
  'Reyes',
  'Flores',
  'Castillo',
  'Joseph',
  'Pierre',
  'Mejia',
  'Alvarado',
  'Gonzalez',
  'Ramirez',
  'Suazo',
];
const nationalities: [string, number][] = [
  ['HND', 35],
  ['CUB', 15],
  ['HTI', 15],
  ['SLV', 9],
  ['VEN', 10],
  ['GTM', 8],
  ['NIC', 5],
  ['COL', 3],
];

/** The steps of the Mexican procedure a running case has gone through, in order (`progress` of them). */
const steps = [
  { action: 'schedule_interview', from: 'registered', to: 'interview_scheduled', data: 'interviewDate' },
  { action: 'record_interview', from: 'interview_scheduled', to: 'interviewed', data: 'interviewDate' },
  { action: 'begin_assessment', from: 'interviewed', to: 'assessment', data: null },
  { action: 'draft_refusal', from: 'assessment', to: 'decision_drafted', data: 'decisionReasons' },
  { action: 'issue_decision', from: 'decision_drafted', to: 'decided', data: 'decisionDate' },
  { action: 'notify_decision', from: 'decided', to: 'notified', data: 'notificationDate' },
] as const;

async function createStaff(db: Kysely<DB>, offices: number): Promise<Dataset & { staff: string[][] }> {
  const actor = (id: string, role: Role, officeId: string | null, email: string): Actor => ({
    id,
    name: `Bench ${role}`,
    email,
    role,
    officeId,
    clientAddress: '127.0.0.1',
  });
  const adminEmail = 'bench.admin@bench.refugio';
  const administrator = actor(
    await insertUser(db, {
      email: adminEmail,
      name: 'Bench administrator',
      role: 'administrator',
      officeId: null,
      passwordHash: 'x',
    }),
    'administrator',
    null,
    adminEmail,
  );
  const officeIds: string[] = [];
  const supervisors: Actor[] = [];
  const officers: Actor[] = [];
  // staff[o] = [registration officer, eligibility officer, supervisor] of office o.
  const staff: string[][] = [];
  for (let o = 0; o < offices; o++) {
    const code = `BO${String(o).padStart(2, '0')}`;
    const officeId = await insertOffice(db, { code, name: `Bench office ${o}`, city: 'Bench' });
    officeIds.push(officeId);
    const ids: string[] = [];
    for (const role of ['registration_officer', 'eligibility_officer', 'supervisor'] as const) {
      const email = `bench.${role}.${code.toLowerCase()}@bench.refugio`;
      ids.push(await insertUser(db, { email, name: `Bench ${role}`, role, officeId, passwordHash: 'x' }));
    }
    staff.push(ids);
    officers.push(
      actor(
        ids[1]!,
        'eligibility_officer',
        officeId,
        `bench.eligibility_officer.${code.toLowerCase()}@bench.refugio`,
      ),
    );
    supervisors.push(
      actor(ids[2]!, 'supervisor', officeId, `bench.supervisor.${code.toLowerCase()}@bench.refugio`),
    );
  }
  return { administrator, supervisors, officers, officeIds, staff };
}

/**
 * Writes `cases` open Mexican cases with set-based SQL, CHUNK cases per statement: each case, its
 * principal, its `application_registered` event, the transition events of the steps it went through
 * (the decision and its notification mark their dates, as the procedure engine records them), and for
 * one case in ten an extension of the first-instance limit. Then a few office suspensions and some case
 * suspensions. Deterministic: the same options give the same cases (ids aside).
 */
export async function generateDataset(db: Kysely<DB>, options: DatasetOptions): Promise<Dataset> {
  const { administrator, supervisors, officers, officeIds, staff } = await createStaff(db, options.offices);
  const officeCodes = officeIds.map((_, o) => `BO${String(o).padStart(2, '0')}`);
  const today = options.today;
  const k = options.offices;

  const bar = progressBar('generating cases', options.cases, 'cases');
  for (let lo = 0; lo < options.cases; lo += CHUNK) {
    const hi = Math.min(options.cases, lo + CHUNK) - 1;
    const stageOf = sql`(array['registered','interview_scheduled','interviewed','assessment','decision_drafted','decided','notified'])[progress + 1]`;
    await sql`
      with p as materialized (
        select n, gen_random_uuid() as id,
          -- Offices differ in size: the first office takes the most cases (the southern border).
          least(${sql.lit(k - 1)}, floor(power(${u(1)}, 1.8) * ${sql.lit(k)})::int) as o,
          floor(${u(2)} * ${sql.lit(options.spreadDays)})::int as age,
          floor(${u(3)} * 25)::int as late_by,
          ${u(4)} as u_stage, ${u(5)} as u_early, ${u(6)} as u_decision, ${u(7)} as u_notice,
          ${u(8)} < 0.10 as extended, ${u(9)} as u_ext,
          ${pickFrom(u(10), givenNames)} as given_names,
          ${pickFrom(u(11), surnames)} as first_surname,
          ${pickFrom(u(12), surnames)} as second_surname,
          ${weighted(u(13), nationalities)} as nationality,
          (case when ${u(14)} < 0.5 then 'F' else 'M' end) as sex,
          (${today}::date - 6570 - floor(${u(15)} * 12000)::int) as birth_date,
          (case when ${u(16)} < 0.6 then 'recognized' when ${u(16)} < 0.85 then 'rejected'
                else 'complementary_protection' end) as outcome
        from generate_series(${lo}::bigint, ${hi}::bigint) n
      ), q as materialized (
        select p.*,
          (${today}::date - age) as application_date,
          (${today}::date - age - late_by) as entry_date,
          -- About one case in five has a notified decision, one in twenty a decision not yet notified;
          -- only cases filed 40 days ago or more have got that far.
          (case when age >= 40 and u_stage < 0.235 then 6
                when age >= 40 and u_stage < 0.285 then 5
                else (case when u_early < 0.35 then 0 when u_early < 0.60 then 1 when u_early < 0.70 then 2
                           when u_early < 0.90 then 3 else 4 end) end) as progress,
          (${today}::date - age + 20 + floor(u_decision * greatest(age - 30, 1))::int) as decision_date,
          (${sql.val(officeIds)}::uuid[])[o + 1] as office_id,
          (${sql.val(officeCodes)}::text[])[o + 1] as office_code,
          (${sql.val(staff.map((s) => s[0]))}::uuid[])[o + 1] as registrar,
          (${sql.val(staff.map((s) => s[1]))}::uuid[])[o + 1] as officer,
          (${sql.val(staff.map((s) => s[2]))}::uuid[])[o + 1] as supervisor
        from p
      ), r as materialized (
        select q.*, ${stageOf} as stage,
          (decision_date + 1 + floor(u_notice * 8)::int) as notification_date,
          'COMAR-' || office_code || '-' || extract(year from application_date)::int || '-' || lpad((n + 1)::text, 6, '0') as case_number,
          given_names || ' ' || first_surname || ' ' || second_surname as full_name
        from q
      ), new_cases as (
        insert into cases (id, case_number, office_id, status, entry_date, entry_place, application_date,
          late_filing, filing_deadline, filing_method, search_text, principal_name, principal_sort,
          nationalities, people_count, registered_at, registered_by, updated_at, stage, outcome, track, triage)
        select id, case_number, office_id, 'registered', entry_date, 'Bench border crossing', application_date,
          false, null, 'in_person', lower(full_name || ' ' || case_number), full_name,
          lower(first_surname || ' ' || second_surname || ' ' || given_names), array[nationality], 1,
          (application_date + time '10:00') at time zone 'America/Mexico_City', registrar,
          (application_date + time '10:00') at time zone 'America/Mexico_City', stage,
          (case when progress >= 4 then outcome end), 'regular',
          '{"placement":{"track":"regular","ruleId":null,"ruleVersion":null,"reasons":[{"code":"no_rule_held"}]},"override":null}'
        from r
      ), new_people as (
        insert into people (case_id, position, role, given_names, first_surname, second_surname, sex,
          birth_date, country_of_birth, nationalities, country_of_origin, languages, needs_interpreter)
        select id, 0, 'principal', given_names, first_surname, second_surname, sex, birth_date,
          nationality, array[nationality], nationality,
          (case when nationality = 'HTI' then array['hat', 'fra'] else array['spa'] end), nationality = 'HTI'
        from r
      ), step as (
        select * from (values
          ${sql.join(
            steps.map(
              (s, i) =>
                sql`(${sql.lit(i + 1)}, ${sql.lit(s.action)}, ${sql.lit(s.from)}, ${sql.lit(s.to)}, ${sql.lit(s.data)})`,
            ),
          )}
        ) as s(i, action, from_stage, to_stage, data_key)
      )
      insert into case_events (case_id, type, actor_id, occurred_at, data)
      select id, 'application_registered', registrar, (application_date + time '10:00') at time zone 'America/Mexico_City',
        jsonb_build_object('caseNumber', case_number, 'officeCode', office_code, 'people', 1,
          'lateFiling', false, 'track', 'regular', 'triageRule', null)
      from r
      union all
      select r.id, s.action, (case when s.i >= 5 then r.supervisor else r.officer end),
        (case s.i when 5 then r.decision_date when 6 then r.notification_date
              else least(r.application_date + s.i * 7, ${today}::date) end + time '12:00') at time zone 'America/Mexico_City',
        jsonb_build_object('action', s.action, 'fromStage', s.from_stage, 'toStage', s.to_stage,
          'actorRole', (case when s.i >= 5 then 'supervisor' else 'eligibility_officer' end),
          'outcome', (case when s.i = 4 then r.outcome end), 'closureReason', null,
          'marks', (case s.i when 5 then jsonb_build_object('event', 'decision_issued', 'date', r.decision_date)
                             when 6 then jsonb_build_object('event', 'written_notification', 'date', r.notification_date)
                   end),
          'clears', '[]'::jsonb,
          'data', (case s.i when 5 then jsonb_build_object('decisionDate', r.decision_date)
                            when 6 then jsonb_build_object('notificationDate', r.notification_date)
                            when 3 then '{}'::jsonb
                            when 4 then jsonb_build_object('decisionReasons', 'Bench reasons', 'outcome', r.outcome)
                            else jsonb_build_object('interviewDate', least(r.application_date + s.i * 7 + 7, ${today}::date)) end))
      from r join step s on s.i <= r.progress
      union all
      select id, 'deadline_extended', supervisor,
        (application_date + floor(u_ext * least(age, 19))::int + time '13:00') at time zone 'America/Mexico_City',
        '{"limit":"first_instance_decision","reason":"no_interpreter","length":20,"note":""}'::jsonb
      from r where extended
    `.execute(db);
    bar.update(hi + 1);
  }
  const seconds = bar.stop();
  await sql`insert into case_number_counters (office_id, year, last_value)
    select office_id, extract(year from application_date)::int, ${options.cases}::int from cases group by 1, 2`.execute(
    db,
  );

  // Three offices closed for a few days (lifted suspensions: they moved the clocks of those days), and
  // one case in two hundred suspended on its own, half of them still suspended (no due date).
  const suspensions = [
    { office: 0, from: 150, days: 5 },
    { office: 1 % k, from: 60, days: 3 },
    { office: 2 % k, from: 20, days: 2 },
  ];
  for (const s of suspensions) {
    await sql`
      with new_suspension as (
        insert into clock_suspensions (id, scope, office_id, starts_on, ends_on, legal_basis, reason, created_by)
        values (gen_random_uuid(), 'office', ${officeIds[s.office]!}::uuid, ${today}::date - ${s.from}::int,
          ${today}::date - ${s.from}::int + ${s.days - 1}::int, 'Bench acuerdo', 'Office closed', ${supervisors[s.office]!.id}::uuid)
        returning *
      )
      insert into clock_suspension_changes (suspension_id, kind, starts_on, ends_on, legal_basis, reason, actor_id)
      select id, 'created', starts_on, null, legal_basis, reason, created_by from new_suspension
      union all
      select id, 'lifted', starts_on, ends_on, legal_basis, reason, created_by from new_suspension`.execute(
      db,
    );
  }
  await sql`
    with chosen as (
      select c.id, c.office_id, c.application_date, row_number() over (order by c.case_number) as i
      from cases c where c.case_number like '%5' and c.application_date < ${today}::date - 10
      order by c.case_number limit ${Math.floor(options.cases / 200)}
    ), new_suspension as (
      insert into clock_suspensions (id, scope, case_id, starts_on, ends_on, legal_basis, reason, created_by)
      select gen_random_uuid(), 'case', id, application_date + 5,
        (case when i % 2 = 0 then application_date + 9 end), 'LFPA art. 28', 'Applicant in hospital', null
      from chosen
      returning *
    )
    insert into clock_suspension_changes (suspension_id, kind, starts_on, ends_on, legal_basis, reason, actor_id)
    select id, 'created', starts_on, ends_on, legal_basis, reason, null from new_suspension`.execute(db);
  console.warn(`  generated in ${seconds.toFixed(1)} s`);
  return { administrator, supervisors, officers, officeIds };
}
