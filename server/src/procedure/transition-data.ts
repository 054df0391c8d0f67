import { z } from 'zod';
import { IsoDate, paragraph, type FieldError } from '@refugio/contract';
import {
  impliedOutcome,
  type ClosureReasonId,
  type DataField,
  type OutcomeId,
  type Procedure,
  type ProcedureEvent,
  type ReopeningGroundId,
  type Transition,
} from './procedure';

/** The data an action carries, each field validated as `fieldSchema` says. */
export interface TransitionData {
  interviewDate?: string;
  referralDate?: string;
  decisionDate?: string;
  notificationDate?: string;
  appealDate?: string;
  outcome?: OutcomeId;
  decisionReasons?: string;
  complementaryProtectionAssessment?: ComplementaryProtectionAssessment;
  closureReason?: ClosureReasonId;
  reopeningGround?: ReopeningGroundId;
  reason?: string;
}

/** Mexico, LRPCAP arts. 29–30: every refusal says whether complementary protection is needed, and why. */
const ComplementaryProtectionAssessment = z.strictObject({
  protectionNeeded: z.boolean(),
  reasons: paragraph(20_000).min(1),
});
type ComplementaryProtectionAssessment = z.infer<typeof ComplementaryProtectionAssessment>;

function oneOf<T extends string>(values: readonly T[] | undefined): z.ZodType<T> {
  return values && values.length > 0 ? z.enum(values as [T, ...T[]]) : z.never();
}

function fieldSchema(field: DataField, transition: Transition, procedure: Procedure): z.ZodType {
  switch (field) {
    case 'interviewDate':
    case 'referralDate':
    case 'decisionDate':
    case 'notificationDate':
    case 'appealDate':
      return IsoDate;
    case 'decisionReasons':
      return paragraph(100_000).min(1);
    case 'reason':
      return paragraph(4_000).min(1);
    case 'outcome':
      return oneOf(transition.outcomes);
    case 'closureReason':
      return oneOf(transition.closureReasons);
    case 'reopeningGround':
      return oneOf(procedure.reopeningGrounds.map((g) => g.id));
    case 'complementaryProtectionAssessment':
      return ComplementaryProtectionAssessment;
  }
}

/** The data field that dates an event a transition marks; null for events recorded outside transitions. */
export function dateFieldOf(event: ProcedureEvent): DataField | null {
  switch (event) {
    case 'referral_to_decision_body':
      return 'referralDate';
    case 'decision_issued':
    case 'appeal_decided':
      return 'decisionDate';
    case 'written_notification':
      return 'notificationDate';
    case 'appeal_lodged':
      return 'appealDate';
    case 'entry':
    case 'filing':
    case 'third_party_filing':
    case 'ratification':
    case 'opinion_requested':
    case 'opinion_received':
    case 'cessation_opened':
    case 'cessation_decided':
    case 'cessation_notification':
    case 'cessation_appeal_lodged':
    case 'derivative_claim_filed':
      return null;
  }
}

export type DataCheck = { ok: true; data: TransitionData } | { ok: false; fields: FieldError[] };

/**
 * Checks the data of one action: every field it requires is present and valid, and nothing else is sent
 * (a misspelt field would otherwise vanish silently). Each error names the field's path.
 */
export function checkTransitionData(procedure: Procedure, transition: Transition, raw: unknown): DataCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      fields: [{ path: '(data)', code: 'invalid_type', message: 'Data must be an object' }],
    };
  }
  const input = raw as Record<string, unknown>;
  const required = new Set<string>(transition.requires);
  const fields: FieldError[] = [];
  const data: Record<string, unknown> = {};

  for (const key of Object.keys(input)) {
    if (!required.has(key)) {
      fields.push({ path: key, code: 'not_allowed', message: `${transition.action} does not take ${key}` });
    }
  }
  for (const field of transition.requires) {
    if (input[field] === undefined) {
      fields.push({ path: field, code: 'required', message: `${transition.action} requires ${field}` });
      continue;
    }
    const result = fieldSchema(field, transition, procedure).safeParse(input[field]);
    if (result.success) data[field] = result.data;
    else
      for (const issue of result.error.issues)
        fields.push({
          path: [field, ...issue.path.map(String)].join('.'),
          code: issue.code,
          message: issue.message,
        });
  }
  if (fields.length > 0) return { ok: false, fields };

  const parsed = data as TransitionData;
  const inconsistency = complementaryProtectionMismatch(parsed, parsed.outcome ?? impliedOutcome(transition));
  return inconsistency ? { ok: false, fields: [inconsistency] } : { ok: true, data: parsed };
}

/** Protection needed ⇔ the outcome is complementary protection; anything else contradicts the resolution. */
function complementaryProtectionMismatch(data: TransitionData, outcome: OutcomeId | null): FieldError | null {
  const assessment = data.complementaryProtectionAssessment;
  if (assessment === undefined || outcome === null) return null;
  if (assessment.protectionNeeded === (outcome === 'complementary_protection')) return null;
  return {
    path: 'complementaryProtectionAssessment.protectionNeeded',
    code: 'inconsistent_with_outcome',
    message: assessment.protectionNeeded
      ? `Protection is found needed but the outcome is ${outcome}`
      : 'The outcome is complementary protection but protection is found not needed',
  };
}
