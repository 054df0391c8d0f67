import { DEMO_PASSWORD, demoUsers } from '../demo/demo-seed';
import { demoQualityReviewer } from '../demo/demo-quality';

export function printDemoCredentials(): void {
  // The quality reviewer is added with the demo's records (she reviews decisions made there).
  const lines = [...demoUsers, demoQualityReviewer].map(
    (u) => `  ${u.email.padEnd(32)} ${u.role.padEnd(22)} ${u.office ?? ''}`,
  );
  console.warn(
    [
      `Demo users (password for all: ${DEMO_PASSWORD}):`,
      ...lines,
      'Demo data only: start with REFUGIO_DEMO=0 for real work.',
    ].join('\n'),
  );
}
