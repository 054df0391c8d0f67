import { IsoDate, type FilingWindowCheck } from '@refugio/contract';
import type { ApiFailure } from '../api/client';
import { checkFilingWindow } from '../api/endpoints';
import { useApi } from '../api/useApi';

export interface FilingWindowState {
  /** Both dates are valid and in order, so the window can be checked. */
  ready: boolean;
  check: FilingWindowCheck | undefined;
  checking: boolean;
  failure: ApiFailure | undefined;
}

/** Asks the server (which holds the calendar) whether these dates are within the filing window, as the officer types. */
export function useFilingWindow(entryDate: string, applicationDate: string): FilingWindowState {
  const ready =
    IsoDate.safeParse(entryDate).success &&
    IsoDate.safeParse(applicationDate).success &&
    entryDate <= applicationDate;
  const state = useApi(
    ready ? `${entryDate}|${applicationDate}` : null,
    (signal) => checkFilingWindow(entryDate, applicationDate, signal),
    300,
  );
  return { ready, check: ready ? state.data : undefined, checking: state.loading, failure: state.error };
}
