import { createContext, useContext } from 'react';
import type { Me, MfaChallenge, Permission, SignInInput } from '@refugio/contract';

export type SessionState =
  { status: 'checking' } | { status: 'signedOut'; expired: boolean } | { status: 'signedIn'; me: Me };

export interface Session {
  state: SessionState;
  /**
   * The password step. Resolves with null once signed in, or with the second step that is due (a
   * code, or a forced MFA enrolment): the sign-in page then asks for it and calls `completeSignIn`.
   */
  signIn: (input: SignInInput) => Promise<MfaChallenge | null>;
  /** The second step succeeded: the server answered with the signed-in user. */
  completeSignIn: (me: Me) => void;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

/** The signed-in officer; only for components rendered behind the sign-in gate. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe without a signed-in user');
  return state.me;
}

export function can(me: Me, permission: Permission): boolean {
  return me.permissions.includes(permission);
}
