/** English texts of retention and disposal (keys mirror ../es/retention.ts). */
export const retention = {
  nav: 'Retention',
  title: 'Retention and disposal of files',
  intro:
    "Each kind of record is kept for the period the authority's records policy sets. When it ends, the file " +
    'is disposed of: its encryption key is destroyed, its data and documents are deleted, and only a record ' +
    'without personal data remains. A file under legal hold is never disposed of.',
  recordTypes: {
    case_recognised: 'Closed file: recognised refugee or complementary protection',
    case_refused: 'Closed file: final refusal',
    case_withdrawn: 'Closed file: withdrawn, abandoned or not ratified',
    case_other_closure: 'File closed for another reason (death, transfer)',
    sign_in_history: 'Sign-in history',
    sign_in_throttle: 'Failed sign-in counters',
  },
  /** The installation's defaults (server/src/retention/retention-defaults.ts), in the user's language. */
  defaultDescriptions: {
    case_recognised:
      'Closed file of a person recognised as a refugee or granted complementary protection, counted from the ' +
      "closure. Default of this installation, set by the authority's records policy: long, because the status " +
      'can be reviewed, ceased or cancelled and the person may need proof of it for years (naturalisation, ' +
      "family reunification). 20 years follows UNHCR's practice of keeping refugee status files about 20 years " +
      'before archiving them.',
    case_refused:
      'Closed file after a final refusal or inadmissibility (no appeal pending), counted from the closure. ' +
      "Default of this installation, set by the authority's records policy: long enough for a later claim, a " +
      'judicial review (amparo) or a subsequent application to be examined against the earlier file.',
    case_withdrawn:
      'Closed file of an application withdrawn, abandoned or not ratified, counted from the closure. Default of ' +
      "this installation, set by the authority's records policy: no decision on the merits was taken, so the " +
      'file is kept for a shorter time, enough for a reopening or a new application.',
    case_other_closure:
      'File closed for another reason (the person died, the file was transferred), counted from the closure. ' +
      "Default of this installation, set by the authority's records policy.",
    sign_in_history:
      'Sign-in history (time, outcome, address and browser of each attempt), counted from the attempt. Default ' +
      "of this installation, set by the authority's records policy: a year covers the review of security " +
      'incidents; the audit log keeps its own record of sign-ins.',
    sign_in_throttle:
      'Failed sign-in counters (kept under a hash of the e-mail typed), counted from the last failure. Default ' +
      "of this installation, set by the authority's records policy.",
  },
  schedules: {
    title: 'Retention periods',
    recordType: 'Record type',
    period: 'Period',
    month: '1 month',
    months: '{{count}} months',
    year: '1 year',
    years: '{{count}} years',
    version: 'Version',
    defaultVersion: 'Default',
    description: 'Reasoning',
    edit: 'Change period',
    periodMonths: 'Period in months',
    save: 'Save new version',
    cancel: 'Cancel',
    saved: 'Period saved as version {{version}}.',
    conflict: 'Someone else changed this period. The current version is shown.',
  },
  due: {
    title: 'Due for disposal',
    asOf: 'As of {{date}}',
    none: 'No file has reached the end of its period.',
    summary: '{{count}} files due; {{held}} more under legal hold.',
    caseNumber: 'File',
    recordType: 'Type',
    closedOn: 'Closed on',
    dueOn: 'Due on',
    records: 'Account records due',
    recordsCount: '{{count}} records before {{date}}',
    confirmLabel: 'I understand that disposal is final and cannot be undone',
    run: 'Dispose of what is due',
    confirmFirst: 'First confirm that disposal is final.',
    done: '{{count}} files were disposed of; {{remaining}} are left.',
  },
  holds: {
    title: 'Legal holds in force',
    none: 'No legal hold is in force.',
    caseNumber: 'File',
    reason: 'Reason',
    note: 'Reference',
    placedBy: 'Placed by',
    placedAt: 'Date',
  },
  disposals: {
    title: 'Disposal log',
    none: 'Nothing has been disposed of yet.',
    disposedAt: 'Disposed of on',
    subject: 'File or record',
    recordType: 'Type',
    schedule: 'Period applied',
    counts: 'Rows deleted',
    by: 'By',
    operator: 'Scheduled task',
  },
  reasons: {
    litigation: 'Litigation',
    amparo: 'Amparo proceedings',
    investigation: 'Investigation',
    person_request: "The person's request",
    other: 'Other',
  },
  panel: {
    title: 'Legal hold',
    intro: 'While a hold is in force, the file is not disposed of even when its retention period ends.',
    none: 'No legal holds.',
    active: 'In force since {{date}} ({{by}})',
    lifted: 'Lifted on {{date}} ({{by}})',
    place: 'Place a legal hold',
    reason: 'Reason',
    note: 'Reference (proceedings, official letter or request number)',
    submit: 'Place hold',
    placed: 'Legal hold placed.',
    lift: 'Lift',
    liftNote: 'Why the hold is lifted',
    liftSubmit: 'Lift hold',
    liftedDone: 'Legal hold lifted.',
    conflict: 'The hold changed while you were looking at it. Its current state is shown.',
  },
};
