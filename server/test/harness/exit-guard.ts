// Cleanups that must run however the test run ends: normal exit, Ctrl-C, or a CI timeout's SIGTERM.
// A SIGKILL cannot be caught; stale-dirs.ts removes what such a run leaves behind.
const cleanups = new Set<() => void>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function runAll(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort: one failed cleanup must not keep the others from running.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  // Keep the signal's default meaning (terminate) unless someone else, such as vitest, handles it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Registers a synchronous cleanup; returns a function that unregisters it once done normally. */
export function cleanUpOnExit(cleanup: () => void): () => void {
  if (!installed) {
    installed = true;
    process.once('exit', runAll);
    for (const signal of signals) process.once(signal, onSignal);
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
