import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy* waits for an outcome; on a loaded 2-core CI machine the big form needs more than 1 s.
configure({ asyncUtilTimeout: 8_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});
