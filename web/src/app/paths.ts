/** Every URL of the app, in one place. */
export const paths = {
  signIn: '/sign-in',
  cases: '/cases',
  register: '/cases/new',
  case: (id: string) => `/cases/${encodeURIComponent(id)}`,
  deadlines: '/deadlines',
  suspensions: '/suspensions',
  /** The suspensions page opened from a case file, ready to suspend that case's time limits. */
  caseSuspensions: (caseId: string) => `/suspensions?caseId=${encodeURIComponent(caseId)}`,
  calendar: '/calendar',
};

/** A same-origin path to return to after signing in; anything else falls back to the case list. */
export function safeNext(next: string | null, home: string = paths.cases): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith(paths.signIn)) return next;
  return home;
}
