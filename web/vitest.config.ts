import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Referenced as a project by the root vitest.config.ts; also runs alone: npx vitest --config web/vitest.config.ts
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    // Test files share the worker's jsdom and module cache (setup.ts cleans up after every test).
    isolate: false,
    // The registration form is large for jsdom; on a busy 2-core machine a family journey takes seconds.
    testTimeout: 20_000,
  },
});
