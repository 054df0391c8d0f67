import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me, SignInInput } from '@refugio/contract';
import { onUnauthenticated } from '../api/client';
import { getSession, signOut as deleteSession } from '../api/endpoints';
import { postSignIn } from '../api/account';
import { SessionContext, type Session, type SessionState } from './SessionContext';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    getSession(controller.signal).then(
      (me) => setState({ status: 'signedIn', me }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'signedOut', expired: false });
      },
    );
    return () => controller.abort();
  }, []);

  // Any request answered 401 (idle timeout, sign-out in another tab) sends the officer to sign in.
  useEffect(
    () =>
      onUnauthenticated(() =>
        setState((previous) =>
          previous.status === 'signedIn' ? { status: 'signedOut', expired: true } : previous,
        ),
      ),
    [],
  );

  const signIn = useCallback(async (input: SignInInput) => {
    const result = await postSignIn(input);
    if ('mfaRequired' in result) return result;
    setState({ status: 'signedIn', me: result });
    return null;
  }, []);

  const completeSignIn = useCallback((me: Me) => setState({ status: 'signedIn', me }), []);

  const signOut = useCallback(async () => {
    // Signed out on this screen even when the server cannot be reached; its session then idles out.
    await deleteSession().catch(() => undefined);
    setState({ status: 'signedOut', expired: false });
  }, []);

  const session = useMemo<Session>(
    () => ({ state, signIn, completeSignIn, signOut }),
    [state, signIn, completeSignIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
