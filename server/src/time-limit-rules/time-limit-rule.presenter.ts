import type { TimeLimitVersionView } from '@refugio/contract';
import type { TimeLimit } from '../procedure/procedure';
import type { RecordedRuleRow } from './time-limit-rule.repository';

export type RecordedVersionRow = RecordedRuleRow;

/** A version from the country profile file. */
export function presentProfileVersion(limit: TimeLimit): TimeLimitVersionView {
  const common = {
    origin: 'profile' as const,
    id: null,
    recordedBy: null,
    recordedAt: null,
    withdrawnAt: null,
    withdrawalReason: null,
  };
  if (limit.status === 'unknown') {
    return {
      ...common,
      status: 'unknown',
      startsOn: null,
      metBy: null,
      length: null,
      unit: null,
      whose: null,
      legalBasis: null,
      source: null,
      effectiveFrom: null,
      note: limit.note,
      extendable: false,
    };
  }
  return {
    ...common,
    status: 'known',
    startsOn: limit.startsOn,
    metBy: limit.metBy,
    length: limit.length,
    unit: limit.unit,
    whose: limit.whose,
    legalBasis: limit.legalBasis,
    source: limit.source,
    effectiveFrom: typeof limit.effectiveFrom === 'string' ? limit.effectiveFrom : null,
    note: limit.note ?? '',
    extendable: limit.extension.status === 'known',
  };
}

/** A version recorded by the authority, in force or withdrawn. */
export function presentRecordedVersion(row: RecordedVersionRow): TimeLimitVersionView {
  const rule = row.rule as Extract<TimeLimit, { status: 'known' }>;
  return {
    origin: 'authority',
    id: row.id,
    status: row.withdrawn_at ? 'withdrawn' : 'known',
    startsOn: rule.startsOn,
    metBy: rule.metBy,
    length: rule.length,
    unit: rule.unit,
    whose: rule.whose,
    legalBasis: rule.legalBasis,
    source: rule.source,
    effectiveFrom: row.effective_from,
    note: rule.note ?? '',
    extendable: rule.extension.status === 'known',
    recordedBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    recordedAt: row.created_at.toISOString(),
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    withdrawalReason: row.withdrawal_reason,
  };
}
