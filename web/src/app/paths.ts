/** Every URL of the app, in one place. */
export const paths = {
  signIn: '/sign-in',
  cases: '/cases',
  register: '/cases/new',
  case: (id: string) => `/cases/${encodeURIComponent(id)}`,
};

/** A same-origin path to return to after signing in; anything else falls back to the case list. */
export function safeNext(next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith(paths.signIn)) return next;
  return paths.cases;
}
