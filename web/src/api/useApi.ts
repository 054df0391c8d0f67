import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { asFailure, type ApiFailure } from './client';

export interface ApiState<T> {
  /** The answer for the current key, or the previous key's answer while the new one loads. */
  data: T | undefined;
  error: ApiFailure | undefined;
  loading: boolean;
  reload: () => void;
  /** Shows `data` as the answer for the current key, e.g. what a write answered. */
  replace: (data: T) => void;
}

interface Settled<T> {
  key: string;
  attempt: number;
  data?: T;
  error?: ApiFailure;
}

/**
 * Loads `load()` whenever `key` changes (null: load nothing), after `delayMs` of quiet, and drops
 * answers to superseded keys, so a slow old search never overwrites a new one.
 */
export function useApi<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  delayMs = 0,
): ApiState<T> {
  const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const run = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      run(controller.signal).then(
        (data) => setSettled({ key, attempt, data }),
        (error: unknown) => {
          if (!controller.signal.aborted) setSettled({ key, attempt, error: asFailure(error) });
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, attempt, delayMs]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback(
    (data: T) => {
      if (key !== null) setSettled({ key, attempt, data });
    },
    [key, attempt],
  );
  const current = settled !== undefined && settled.key === key && settled.attempt === attempt;
  return {
    data: key === null ? undefined : settled?.data,
    error: current ? settled.error : undefined,
    loading: key !== null && !current,
    reload,
    replace,
  };
}
