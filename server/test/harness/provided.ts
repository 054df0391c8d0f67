import type { TestEnvironment } from './test-environment';

// global-setup.ts provides the environment; test files read it with inject('refugioTestEnvironment').
declare module 'vitest' {
  export interface ProvidedContext {
    refugioTestEnvironment: TestEnvironment;
    refugioChromium: string | null;
  }
}

export {};
