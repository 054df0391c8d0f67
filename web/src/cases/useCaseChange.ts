import { useState } from 'react';
import type { CaseDetail } from '@refugio/contract';
import type { Outcome } from '../ui/OutcomeNotice';

/**
 * What a part of the case file says about its last change: made (the page shows the case the server
 * answered) or refused because someone changed the case meanwhile (the page reloads it).
 */
export function useCaseChange(onReplace: (detail: CaseDetail) => void, onReload: () => void) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return {
    outcome,
    clear: () => setOutcome(null),
    done: (text: string, detail: CaseDetail) => {
      setOutcome({ tone: 'success', text });
      onReplace(detail);
    },
    conflicted: (text: string) => {
      setOutcome({ tone: 'error', text });
      onReload();
    },
  };
}
