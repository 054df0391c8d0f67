import { Notice } from '../ui/Notice';
import { RecomputationProgress } from './RecomputationProgress';
import type { ClockChange } from './useClockChange';

interface ClockChangeOutcomeProps {
  /** Why the last change was not made (someone else changed the record meanwhile), if so. */
  conflict: string | null;
  change: ClockChange | null;
}

/** The outcome of the last change on a page of changes to the clocks, and its recomputation's progress. */
export function ClockChangeOutcome({ conflict, change }: ClockChangeOutcomeProps) {
  return (
    <>
      {conflict && (
        <Notice tone="error">
          <p>{conflict}</p>
        </Notice>
      )}
      {change && (
        <div className="change-outcome">
          <Notice tone="success">
            <p>{change.message}</p>
          </Notice>
          {change.recomputation && (
            <RecomputationProgress key={change.recomputation.id} recomputation={change.recomputation} />
          )}
        </div>
      )}
    </>
  );
}
