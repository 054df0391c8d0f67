import type { SingleSignOnConfig } from '../auth/single-sign-on/single-sign-on.config';
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
import { currentJurisdiction, type Jurisdiction, type JurisdictionSource } from '../countries/jurisdiction';
import type { Engine } from '../db/database';
import type { SessionPolicy } from '../auth/auth.service';
import type { CalendarSource } from '../calendars/calendar-source';
import type { ProfileSource } from '../time-limit-rules/profile-source';
import { systemClock, type Clock } from '../config/clock';
import type { DocumentStore } from '../files/document-store';

/** What route modules receive: the database, the deployment's country profile and settings. */
export interface AppContext {
  db: Kysely<DB>;
  engine: Engine;
  profile: CountryProfile;
  /** The calendar as the database has it now (declared days change while the server runs). */
  calendars: CalendarSource;
  /** The profile with the time-limit versions the authority recorded (they change while it runs). */
  rules: ProfileSource;
  sessionPolicy: SessionPolicy;
  cookieSecure: boolean;
  /** The procedure's clock (REFUGIO_CLOCK_START); the system's when not set. */
  now?: Clock;
  /** Where case documents are kept, encrypted (disk by default); without one, uploads answer 503. */
  documents?: DocumentStore;
  /** The largest document accepted, in bytes (REFUGIO_MAX_UPLOAD_MB); default 20 MB. */
  maxUploadBytes?: number;
  /** How long a break-glass grant lasts (REFUGIO_BREAK_GLASS_HOURS); default: the policy's. */
  breakGlassHours?: number;
  /** Single sign-on with a government identity provider (OpenID Connect); absent, own accounts only. */
  singleSignOn?: SingleSignOnConfig;
}

/** The procedure's current instant: step dates, today for deadlines. */
export const nowIn = (ctx: AppContext): Date => (ctx.now ?? systemClock)();

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The profile and the calendar as they stand now, for a use case that counts days. */
export async function jurisdictionNow(ctx: AppContext): Promise<Jurisdiction> {
  return currentJurisdiction(jurisdictionSource(ctx), ctx.db);
}

/** The profile and the way to the current calendar, for work that outlives one request. */
export function jurisdictionSource(ctx: AppContext): JurisdictionSource {
  return { profile: ctx.profile, calendars: ctx.calendars, rules: ctx.rules };
}
