import { Role, type CountryProfile } from '@refugio/contract';
import { permissionsOf } from '../access/policy';
import {
  FINAL_STAGE,
  INITIAL_STATE,
  INITIAL_STAGE,
  isEnabled,
  successors,
  type Procedure,
  type ProcedureState,
  type TimeLimitId,
} from './procedure';
import { dateFieldOf } from './transition-data';

/** One incoherence, with the path of the offending rule inside the procedure. */
export interface ProcedureProblem {
  path: string;
  message: string;
}

/** Limits every profile states, if only as unknown, so that the deadline view never silently omits one. */
const REQUIRED_TIME_LIMITS: readonly TimeLimitId[] = [
  'filing',
  'first_instance_decision',
  'appeal_filing',
  'appeal_decision',
];

/**
 * Checks what the schema cannot: every id a rule names exists, every role can work on cases, each
 * action's data can be validated, every reachable state can leave and can reach `closed`, and every
 * stage, outcome and reason is used. An empty list means coherent.
 */
export function checkProcedure(procedure: Procedure): ProcedureProblem[] {
  const problems: ProcedureProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const stageIds = new Set(procedure.stages.map((s) => s.id));
  const outcomeIds = new Set(procedure.outcomes.map((o) => o.id));
  const closureIds = new Set(procedure.closureReasons.map((c) => c.id));
  unique(
    procedure.stages.map((s) => s.id),
    'stages',
    report,
  );
  unique(
    procedure.transitions.map((t) => t.action),
    'transitions',
    report,
  );
  unique(
    procedure.outcomes.map((o) => o.id),
    'outcomes',
    report,
  );
  unique(
    procedure.closureReasons.map((c) => c.id),
    'closureReasons',
    report,
  );
  unique(
    procedure.reopeningGrounds.map((g) => g.id),
    'reopeningGrounds',
    report,
  );
  for (const stage of [INITIAL_STAGE, FINAL_STAGE] as const) {
    if (!stageIds.has(stage)) report('stages', `every procedure needs the stage ${stage}`);
  }

  procedure.transitions.forEach((t, i) => {
    const at = `transitions.${i}`;
    t.from.forEach((s, j) => {
      if (!stageIds.has(s)) report(`${at}.from.${j}`, `${t.action} starts from ${s}, which is not a stage`);
    });
    if (!stageIds.has(t.to)) report(`${at}.to`, `${t.action} leads to ${t.to}, which is not a stage`);
    checkRoles(t.roles, `${at}.roles`, report);
    unique(t.requires, `${at}.requires`, report);
    for (const [list, name] of [
      [t.outcomes, 'outcomes'],
      [t.whenOutcome, 'whenOutcome'],
    ] as const) {
      list?.forEach((o, j) => {
        if (!outcomeIds.has(o)) report(`${at}.${name}.${j}`, `${o} is not an outcome of this procedure`);
      });
    }
    t.closureReasons?.forEach((c, j) => {
      if (!closureIds.has(c))
        report(`${at}.closureReasons.${j}`, `${c} is not a closure reason of this procedure`);
    });
    choiceField(t.requires.includes('outcome'), t.outcomes, 'outcome', `${at}`, report);
    choiceField(t.requires.includes('closureReason'), t.closureReasons, 'closureReason', `${at}`, report);
    if (t.requires.includes('reopeningGround') && procedure.reopeningGrounds.length === 0) {
      report(`${at}.requires`, 'reopeningGround is required but the procedure lists no reopening grounds');
    }
    if (t.requires.includes('complementaryProtectionAssessment') && t.outcomes === undefined) {
      report(
        `${at}.requires`,
        'a complementary-protection assessment belongs to an action that records an outcome',
      );
    }
    if (t.marks !== undefined) {
      const field = dateFieldOf(t.marks);
      if (field === null) report(`${at}.marks`, `${t.marks} is recorded outside the stage transitions`);
      else if (!t.requires.includes(field))
        report(`${at}.requires`, `${t.action} marks ${t.marks}, so it requires ${field}`);
    }
  });

  checkUsage(procedure, report);
  checkGraph(procedure, report);
  checkTimeLimits(procedure, report);
  return problems;
}

/** The procedure's own checks, plus agreement with the profile's older `filingWindow` field. */
export function checkProfileProcedure(profile: CountryProfile): ProcedureProblem[] {
  const problems = checkProcedure(profile.procedure).map((p) => ({ ...p, path: `procedure.${p.path}` }));
  const window = profile.filingWindow;
  const filing = profile.procedure.timeLimits.filter((l) => l.id === 'filing');
  const knownFiling = filing.flatMap((l) => (l.status === 'known' ? [l] : []));
  if (window.status === 'unknown') {
    if (knownFiling.length > 0) {
      problems.push({
        path: 'filingWindow',
        message: 'is unknown but the procedure knows a filing time limit',
      });
    }
  } else if (
    !knownFiling.some(
      (l) =>
        l.length === window.length &&
        l.unit === window.unit &&
        l.startsOn === window.from &&
        (l.countsFrom ?? 'day_after') === (window.countsFrom ?? 'day_after'),
    )
  ) {
    problems.push({
      path: 'filingWindow',
      message: `${window.length} ${window.unit} from ${window.from} matches no filing time limit of the procedure`,
    });
  }
  return problems;
}

type Report = (path: string, message: string) => void;

function unique(values: readonly string[], path: string, report: Report): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) report(path, `${v} appears twice`);
    seen.add(v);
  }
}

/** A role must exist and be able to read cases, or it could be offered an action on a case it cannot see. */
function checkRoles(roles: readonly string[], path: string, report: Report): void {
  roles.forEach((role, j) => {
    const known = Role.safeParse(role);
    if (!known.success) report(`${path}.${j}`, `${role} is not a role`);
    else if (!permissionsOf(known.data).includes('case.read'))
      report(`${path}.${j}`, `${role} cannot read cases`);
  });
}

/** Several choices need the field that picks one; a single choice is implied and needs no field. */
function choiceField(
  required: boolean,
  choices: readonly string[] | undefined,
  field: string,
  path: string,
  report: Report,
): void {
  const many = (choices?.length ?? 0) > 1;
  if (many && !required) report(`${path}.requires`, `several choices are listed, so ${field} is required`);
  if (required && !many)
    report(`${path}.requires`, `${field} is required but there is nothing to choose from`);
}

function checkUsage(procedure: Procedure, report: Report): void {
  const reached = new Set(procedure.transitions.flatMap((t) => [t.to, ...t.from]));
  procedure.stages.forEach((s, i) => {
    if (!reached.has(s.id)) report(`stages.${i}`, `no transition enters or leaves ${s.id}`);
  });
  const recorded = new Set(procedure.transitions.flatMap((t) => t.outcomes ?? []));
  procedure.outcomes.forEach((o, i) => {
    if (!recorded.has(o.id)) report(`outcomes.${i}`, `no action records ${o.id}`);
  });
  const closing = new Set(procedure.transitions.flatMap((t) => t.closureReasons ?? []));
  const presentation = procedure.periodicPresentation;
  if (presentation.status === 'known') {
    if (!closing.has(presentation.consequence)) {
      report('periodicPresentation.consequence', `no action closes a case as ${presentation.consequence}`);
    }
  }
  procedure.closureReasons.forEach((c, i) => {
    if (!closing.has(c.id)) report(`closureReasons.${i}`, `no action closes a case as ${c.id}`);
  });
  const reopens = procedure.transitions.some((t) => t.requires.includes('reopeningGround'));
  if (procedure.reopeningGrounds.length > 0 && !reopens) {
    report('reopeningGrounds', 'reopening grounds are listed but no action requires one');
  }
}

const key = (s: ProcedureState) => `${s.stage}|${s.outcome ?? ''}`;

/**
 * Walks every state (stage and outcome) reachable from registration: each must be able to move to
 * another stage unless it is closed, and `closed` must stay reachable from it. Stages the walk never
 * reaches are reported too.
 */
function checkGraph(procedure: Procedure, report: Report): void {
  const states = new Map<string, ProcedureState>([[key(INITIAL_STATE), INITIAL_STATE]]);
  const edges = new Map<string, string[]>();
  const queue: ProcedureState[] = [INITIAL_STATE];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    const next = successors(procedure, state);
    edges.set(key(state), next.map(key));
    for (const n of next) {
      if (!states.has(key(n))) {
        states.set(key(n), n);
        queue.push(n);
      }
    }
  }

  const reachedStages = new Set([...states.values()].map((s) => s.stage));
  procedure.stages.forEach((s, i) => {
    if (!reachedStages.has(s.id)) report(`stages.${i}`, `${s.id} cannot be reached from ${INITIAL_STAGE}`);
  });

  const canClose = new Set<string>();
  for (const [k, s] of states) if (s.stage === FINAL_STAGE) canClose.add(k);
  for (let grew = true; grew;) {
    grew = false;
    for (const [k, next] of edges) {
      if (!canClose.has(k) && next.some((n) => canClose.has(n))) {
        canClose.add(k);
        grew = true;
      }
    }
  }

  for (const [k, state] of states) {
    if (state.stage === FINAL_STAGE) continue;
    const where = `${state.stage}${state.outcome ? ` (outcome ${state.outcome})` : ''}`;
    const exits = procedure.transitions.some((t) => isEnabled(t, state) && t.to !== state.stage);
    if (!exits) report('transitions', `a case in ${where} has no way out`);
    else if (!canClose.has(k)) report('transitions', `a case in ${where} can never reach ${FINAL_STAGE}`);
  }
}

function checkTimeLimits(procedure: Procedure, report: Report): void {
  const present = new Set(procedure.timeLimits.map((l) => l.id));
  for (const id of REQUIRED_TIME_LIMITS) {
    if (!present.has(id))
      report('timeLimits', `${id} is missing; state it as unknown if the law was not found`);
  }
  const versions = new Set<string>();
  procedure.timeLimits.forEach((limit, i) => {
    const at = `timeLimits.${i}`;
    const version =
      limit.status === 'unknown'
        ? `${limit.id}|unknown-rule`
        : `${limit.id}|${typeof limit.effectiveFrom === 'string' ? limit.effectiveFrom : 'unknown-date'}`;
    if (versions.has(version)) report(at, `${limit.id} has two rules for the same starting date`);
    versions.add(version);
    if (limit.status === 'unknown') return;
    if (limit.startsOn === limit.metBy)
      report(`${at}.metBy`, 'a limit cannot be met by the event that starts it');
    if (limit.extension.status === 'known') {
      checkRoles(limit.extension.roles, `${at}.extension.roles`, report);
      unique(
        limit.extension.reasons.map((r) => r.code),
        `${at}.extension.reasons`,
        report,
      );
    }
  });
}
