import { informationItems, languages, type InterviewTurn } from '@refugio/contract';
import { scheduleInterview } from '../interviews/interview-schedule.service';
import { recordNoShow } from '../interviews/no-show.service';
import {
  confirmInterviewRecord,
  openInterviewRecord,
  saveInterviewRecord,
} from '../interviews/interview-record.service';
import { instantAt } from '../interviews/local-time';
import { inconsistencyTurns } from './demo-analysis';
import type { DemoCase, DemoWorld } from './demo-case';
import type { Slot } from './demo-plan';

/** HH:MM plus minutes. */
export function later(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = h! * 60 + m! + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The interpreter for the principal's first language, when it is not Spanish and the office has one. */
function interpreterFor(world: DemoWorld, kase: DemoCase): { id: string; name: string } | null {
  const language = kase.principal.languages[0];
  if (!language || language === 'spa') return null;
  const candidates = [...world.register.interpreters.entries()].filter(
    ([, i]) => i.languages.includes(language) && i.bookableInTapachula,
  );
  // Women first for women (UNHCR INT-1: every effort), then the register's order.
  candidates.sort(
    ([, a], [, b]) => Number(b.sex === kase.principal.sex) - Number(a.sex === kase.principal.sex),
  );
  const found = candidates[0];
  return found ? { id: found[1].id, name: found[0] } : null;
}

/** A woman who survived violence asks for women to interview and interpret (INF-1). */
const asksSameSex = (kase: DemoCase) =>
  kase.principal.sex === 'F' &&
  (kase.story.grounds.some((g) => g.ground === 'gender') ||
    kase.principal.specificNeeds.some((n) => n.startsWith('SV')));

/** Books the principal's eligibility interview: officer, interpreter where needed, a room of the office. */
export async function scheduleDemoInterview(
  world: DemoWorld,
  kase: DemoCase,
  slot: Slot,
  now: Date,
  reason = '',
): Promise<void> {
  const interpreter = interpreterFor(world, kase);
  const language = interpreter ? kase.principal.languages[0]! : 'spa';
  const family = kase.dependants.some((d) => d.relationship === 'child');
  const room = family ? 'TAP/Sala familiar' : `TAP/Sala de entrevistas ${1 + (kase.index % 2)}`;
  const sameSex = asksSameSex(kase);
  const result = await scheduleInterview(
    world.db,
    world.team.eligibility,
    kase.id,
    {
      caseVersion: kase.version,
      personId: kase.principal.id,
      purpose: 'eligibility',
      reason,
      officerId: world.team.eligibility.id,
      interpreterId: interpreter?.id ?? null,
      language,
      mode: 'in_person',
      roomId: world.register.rooms.get(room)!,
      date: slot.date,
      startTime: slot.start,
      endTime: slot.end,
      sameSexRequested: sameSex,
      unmetReason: sameSex
        ? 'La oficina tiene un solo oficial de elegibilidad, hombre. Se ofreció esperar a una oficial de otra oficina; la solicitante prefirió no demorar la entrevista.'
        : '',
    },
    world.jurisdiction,
    now,
  );
  kase.version = result.case.version;
  kase.interview = {
    id: result.interview.id,
    version: result.interview.version,
    slot,
    interpreterId: interpreter?.id ?? null,
    language,
  };
}

/** The applicant did not come: the officer waited 45 minutes and called twice. */
export async function recordDemoNoShow(world: DemoWorld, kase: DemoCase): Promise<void> {
  const { slot, id, version } = kase.interview!;
  const tz = world.jurisdiction.profile.timeZone;
  const result = await recordNoShow(
    world.db,
    world.team.eligibility,
    id,
    {
      version,
      caseVersion: kase.version,
      waitedUntil: later(slot.start, 45),
      contactAttempts: [
        { on: slot.date, method: 'phone', outcome: 'No contestó; se dejó mensaje de voz.' },
        {
          on: slot.date,
          method: 'messaging',
          outcome:
            'Respondió por la tarde: no pudo llegar por una urgencia médica en su familia. Pide nueva fecha.',
        },
      ],
    },
    world.jurisdiction,
    instantAt(slot.date, later(slot.start, 60), tz),
  );
  kase.version = result.case.version;
}

const readBackRemarks = 'Aclara que la amenaza fue por la tarde y no por la mañana; lo demás está correcto.';

/**
 * The interview is held: the officer opens the record, writes the turns (the applicant's account, the
 * information given, the read-back) and the applicant confirms it, which takes `record_interview`.
 */
export async function holdDemoInterview(world: DemoWorld, kase: DemoCase): Promise<void> {
  const { db, jurisdiction, team } = world;
  const tz = jurisdiction.profile.timeZone;
  const interview = kase.interview!;
  const { slot } = interview;
  const startTime = later(slot.start, 10);
  const endTime = later(slot.start, 105);
  const interpreter = interview.interpreterId
    ? [...world.register.interpreters.entries()].find(([, i]) => i.id === interview.interpreterId)
    : undefined;
  const languageEs = (
    languages.find((l) => l.code === interview.language)?.es ?? interview.language
  ).toLowerCase();
  const opening: InterviewTurn[] = [
    {
      speaker: 'officer',
      text: 'Se informa a la persona solicitante del procedimiento, de sus derechos y obligaciones, de la confidencialidad, del papel del intérprete y de su derecho a pedir entrevistador e intérprete del mismo sexo. Manifiesta que entiende y que está en condiciones de continuar.',
    },
  ];
  if (interpreter)
    opening.push({
      speaker: 'interpreter',
      text: `Soy ${interpreter[0]}, intérprete de ${languageEs}. Interpretaré fielmente lo que se diga, sin añadir ni omitir nada, y guardaré la confidencialidad.`,
    });
  const account: InterviewTurn[] = kase.story.turns.map(([speaker, text]) => ({ speaker, text }));
  const challenged: InterviewTurn[] =
    kase.outcome === 'rejected'
      ? inconsistencyTurns(kase.principal.sex).map(([speaker, text]) => ({ speaker, text }))
      : [];
  const corrections = kase.index % 6 === 3;
  const readBack: InterviewTurn[] = [
    {
      speaker: 'officer',
      text: `Se da lectura íntegra al acta en ${languageEs}${interpreter ? ' con la interpretación de la intérprete' : ''}.`,
      duringReadBack: true,
    },
    {
      speaker: 'applicant',
      text: corrections ? readBackRemarks : 'Estoy de acuerdo con lo que se leyó.',
      duringReadBack: true,
    },
  ];
  const turns = [...opening, ...account, ...challenged, ...readBack];
  const keyTurnPosition = opening.length + 4;

  const opened = await openInterviewRecord(
    db,
    team.eligibility,
    interview.id,
    { version: interview.version, startTime },
    tz,
    instantAt(slot.date, startTime, tz),
  );
  const saved = await saveInterviewRecord(
    db,
    team.eligibility,
    opened.id,
    {
      version: opened.version,
      startTime,
      endTime,
      attendees: [
        { role: 'applicant', name: kase.principal.name },
        { role: 'officer', name: team.eligibility.name },
        ...(interpreter ? [{ role: 'interpreter' as const, name: interpreter[0] }] : []),
      ],
      informationGiven: [...informationItems],
      fitness: { fit: true, notes: '' },
      observations: `Entrevista de elegibilidad. La persona solicitante ${kase.story.summary}. Se mostró orientada y colaboradora durante toda la entrevista.`,
      turns,
    },
    tz,
    instantAt(slot.date, endTime, tz),
  );
  const confirmed = await confirmInterviewRecord(
    db,
    team.eligibility,
    saved.id,
    {
      version: saved.version,
      caseVersion: kase.version,
      readBackLanguage: interview.language,
      readBackInterpreterId: interview.interpreterId,
      applicantConfirmation: corrections ? 'confirmed_with_corrections' : 'confirmed',
      applicantRemarks: corrections ? readBackRemarks : '',
    },
    jurisdiction,
    instantAt(slot.date, later(endTime, 10), tz),
  );
  kase.version = confirmed.case.version;
  const keyTurn = confirmed.record.turns.find((t) => t.position === keyTurnPosition)!;
  kase.record = { id: saved.id, date: slot.date, keyTurnId: Number(keyTurn.id), keyTurnPosition };
}
