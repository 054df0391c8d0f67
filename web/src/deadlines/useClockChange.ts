import { useState } from 'react';
import type { RecomputationView } from '@refugio/contract';

/** A change that moves clocks (a suspension, a declared day): what it did, and the recomputation it started. */
export interface ClockChange {
  message: string;
  recomputation: RecomputationView | null;
}

/**
 * The last change made on a page of changes to the clocks, or that someone else changed the record
 * meanwhile (409); either way the page reloads what it lists.
 */
export function useClockChange(reload: () => void) {
  const [change, setChange] = useState<ClockChange | null>(null);
  const [conflict, setConflict] = useState(false);
  return {
    change,
    conflict,
    changed: (message: string, recomputation: RecomputationView | null) => {
      setConflict(false);
      setChange({ message, recomputation });
      reload();
    },
    conflicted: () => {
      setChange(null);
      setConflict(true);
      reload();
    },
  };
}
