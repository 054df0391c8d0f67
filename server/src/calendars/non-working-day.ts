import type { IsoDate } from './iso-date';

/**
 * How sure the sources are (shared/data/reference/calendars/README.md): `high` the statute was read or
 * several independent sources agree; `medium` the observance is real but rests on another statute or a
 * secondary report; `low` a candidate only, never counted unless a deployment asks for it.
 */
export type Confidence = 'high' | 'medium' | 'low';
export const confidences: readonly Confidence[] = ['high', 'medium', 'low'];

/**
 * - `weekend`: Saturday or Sunday.
 * - `statutory`: named by the law that governs the count (LFPA art. 28, Código de Trabajo art. 148, …).
 * - `observed`: Mexico only: observed under the labour law or the official calendar, not named in LFPA art. 28.
 * - `declared`: declared non-working by the authority (an acuerdo in the official gazette, or entered by an administrator).
 * - `candidate`: a customary closure or half day for which no binding act was found.
 */
export type NonWorkingKind = 'weekend' | 'statutory' | 'observed' | 'declared' | 'candidate';

/** One reason a day is not a working day, with where it comes from, as shown to officers. */
export interface NonWorkingReason {
  readonly kind: NonWorkingKind;
  readonly reason: string;
  readonly legalBasis: string;
  /** The file, library rule or declaration the row was read from. */
  readonly source: string;
  readonly confidence: Confidence;
}

export interface NonWorkingDay {
  readonly date: IsoDate;
  /** Never empty; a weekend reason comes first. */
  readonly reasons: readonly NonWorkingReason[];
}

/** A day the sources mention that this calendar counts as a working day, and why. */
export interface NotCountedReason extends NonWorkingReason {
  readonly whyWorking: string;
}

export interface NotCountedDay {
  readonly date: IsoDate;
  readonly reasons: readonly NotCountedReason[];
}

/** A day the authority declared non-working (an acuerdo in its official gazette, an office closure). */
export interface DeclaredNonWorkingDay {
  readonly date: IsoDate;
  readonly reason: string;
  readonly legalBasis: string;
  /** Where it was published; empty when the administrator gave none. */
  readonly source?: string;
}
