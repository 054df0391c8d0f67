import type { Sex } from '@refugio/contract';

export type SameSexRole = 'officer' | 'interpreter';

/**
 * Which of the interview's people do not meet a request for an interviewer and interpreter of the
 * applicant's sex (UNHCR INF-1, INT-1). An unrecorded sex never meets it.
 */
export function unmetSameSex(
  interviewee: Sex,
  officer: Sex | null,
  interpreter: Sex | null | undefined,
): SameSexRole[] {
  const meets = (other: Sex | null) => other === interviewee;
  const unmet: SameSexRole[] = [];
  if (!meets(officer)) unmet.push('officer');
  if (interpreter !== undefined && !meets(interpreter)) unmet.push('interpreter');
  return unmet;
}
