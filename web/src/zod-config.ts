import { z } from 'zod';

// zod probes `new Function` to compile faster parsers; the Content-Security-Policy forbids eval,
// rightly, and the probe would log a violation. This module is imported first by main.tsx so the
// setting holds before any schema is built or used.
z.config({ jitless: true });
