/** Where the procedure's time comes from: the dates of steps, "today" for deadlines, the demo's history. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * A clock that starts at `start` and runs on in real time from there (REFUGIO_CLOCK_START), for browser
 * tests and training rooms that need the procedure at a known date. Sessions keep real time.
 */
export function clockStartingAt(start: Date | undefined): Clock {
  if (!start) return systemClock;
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
