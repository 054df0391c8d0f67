import type { TimeLimitVersionView } from '@refugio/contract';

/** A version whose rule is known and not withdrawn: one that deadlines count by. */
export type KnownVersion = TimeLimitVersionView & {
  status: 'known';
  startsOn: NonNullable<TimeLimitVersionView['startsOn']>;
  metBy: NonNullable<TimeLimitVersionView['metBy']>;
  length: number;
  unit: NonNullable<TimeLimitVersionView['unit']>;
  whose: NonNullable<TimeLimitVersionView['whose']>;
};

export const isKnown = (version: TimeLimitVersionView): version is KnownVersion =>
  version.status === 'known' &&
  version.startsOn !== null &&
  version.metBy !== null &&
  version.length !== null &&
  version.unit !== null &&
  version.whose !== null;

/** Oldest first by the date they take effect; a version with no known date counts as the oldest. */
export const byEffectiveDate = (versions: readonly TimeLimitVersionView[]): TimeLimitVersionView[] =>
  [...versions].sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''));

/** The known version that takes effect last: a new version most likely keeps its events. */
export const latestKnown = (versions: readonly TimeLimitVersionView[]): KnownVersion | undefined =>
  byEffectiveDate(versions).filter(isKnown).at(-1);
