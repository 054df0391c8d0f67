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
import type { Engine } from '../db/database';
import type { SessionPolicy } from '../auth/auth.service';
import type { Calendar } from '../calendars/calendar';

/** What route modules receive: the database, the deployment's country profile and settings. */
export interface AppContext {
  db: Kysely<DB>;
  engine: Engine;
  profile: CountryProfile;
  calendar: Calendar;
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
