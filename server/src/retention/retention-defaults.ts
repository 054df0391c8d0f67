import type { RetentionRecordType } from '@refugio/contract';

/**
 * The installation's default retention periods, one per record type, used until an administrator
 * records a version of their own (which then stands). These are defaults of this installation, set by
 * the authority's records policy: they are not law, and the authority replaces them with the periods
 * its archives and data protection rules set.
 */
export const retentionDefaults: Record<RetentionRecordType, { periodMonths: number; description: string }> = {
  case_recognised: {
    periodMonths: 240,
    description:
      'Closed file of a person recognised as a refugee or granted complementary protection, counted from the ' +
      'closure. Default of this installation, set by the authority’s records policy: long, because the status ' +
      'can be reviewed, ceased or cancelled and the person may need proof of it for years (naturalisation, ' +
      'family reunification). 20 years follows UNHCR’s practice of keeping refugee status files about 20 ' +
      'years before archiving them.',
  },
  case_refused: {
    periodMonths: 120,
    description:
      'Closed file after a final refusal or inadmissibility (no appeal pending), counted from the closure. ' +
      'Default of this installation, set by the authority’s records policy: long enough for a later claim, ' +
      'a judicial review (amparo) or a subsequent application to be examined against the earlier file.',
  },
  case_withdrawn: {
    periodMonths: 60,
    description:
      'Closed file of an application withdrawn, abandoned or not ratified, counted from the closure. ' +
      'Default of this installation, set by the authority’s records policy: no decision on the merits was ' +
      'taken, so the file is kept for a shorter time, enough for a reopening or a new application.',
  },
  case_other_closure: {
    periodMonths: 120,
    description:
      'File closed for another reason (the person died, the file was transferred), counted from the closure. ' +
      'Default of this installation, set by the authority’s records policy.',
  },
  sign_in_history: {
    periodMonths: 12,
    description:
      'Sign-in history (time, outcome, address and browser of each attempt), counted from the attempt. ' +
      'Default of this installation, set by the authority’s records policy: a year covers the review of ' +
      'security incidents; the audit log keeps its own record of sign-ins.',
  },
  sign_in_throttle: {
    periodMonths: 12,
    description:
      'Failed sign-in counters (kept under a hash of the e-mail typed), counted from the last failure. ' +
      'Default of this installation, set by the authority’s records policy.',
  },
};
