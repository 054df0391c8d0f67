import { sql } from 'kysely';
import { z } from 'zod';
import type { App, AppContext } from './context';

export function healthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }) },
      },
    },
    async () => {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ok' as const, database: ctx.engine };
    },
  );
}
