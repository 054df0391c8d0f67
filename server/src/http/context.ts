import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { CountryProfile } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Jurisdiction, JurisdictionSource } from '../countries/jurisdiction';
import type { Engine } from '../db/database';
import type { SessionPolicy } from '../auth/auth.service';
import type { CalendarSource } from '../calendars/calendar-source';

/** What route modules receive: the database, the deployment's country profile and settings. */
export interface AppContext {
  db: Kysely<DB>;
  engine: Engine;
  profile: CountryProfile;
  /** The calendar as the database has it now (declared days change while the server runs). */
  calendars: CalendarSource;
  sessionPolicy: SessionPolicy;
  cookieSecure: boolean;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The profile and the calendar as they stand now, for a use case that counts days. */
export async function jurisdictionNow(ctx: AppContext): Promise<Jurisdiction> {
  return { profile: ctx.profile, calendar: await ctx.calendars.current(ctx.db) };
}

/** The profile and the way to the current calendar, for work that outlives one request. */
export function jurisdictionSource(ctx: AppContext): JurisdictionSource {
  return { profile: ctx.profile, calendars: ctx.calendars };
}
