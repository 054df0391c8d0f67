import { DEMO_PASSWORD, demoUsers } from '../demo/demo-seed';

export function printDemoCredentials(): void {
  const lines = demoUsers.map((u) => `  ${u.email.padEnd(32)} ${u.role.padEnd(22)} ${u.office ?? ''}`);
  console.warn(
    [
      `Demo users (password for all: ${DEMO_PASSWORD}):`,
      ...lines,
      'Demo data only: start with REFUGIO_DEMO=0 for real work.',
    ].join('\n'),
  );
}
