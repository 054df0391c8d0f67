import type { Kysely } from 'kysely';
import {
  describeClash,
  MarkUnavailableInput,
  ReleaseUnavailabilityInput,
  type FieldError,
  type UnavailabilityView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canMarkUnavailable } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findClashes, isDoubleBooking, type ClashRow } from '../interviews/booking.repository';
import { instantAt, localParts } from '../interviews/local-time';
import { findBlockById, type ResourceRef } from './agenda.repository';
import { isAgendaBlock, presentBlock } from './agenda.presenter';
import {
  findClashingInterviews,
  findResourceScope,
  insertUnavailability,
  releaseUnavailabilityRow,
} from './unavailability.repository';

const fromLocal = (local: string, timeZone: string) =>
  instantAt(local.slice(0, 10), local.slice(11), timeZone);
const toLocal = (instant: Date, timeZone: string) => {
  const { date, time } = localParts(instant, timeZone);
  return `${date}T${time}`;
};

/** The 409 that names what the block would overlap: each interview (with its case number) or block. */
async function clashRefusal(
  db: Kysely<DB>,
  clashes: readonly ClashRow[],
  timeZone: string,
): Promise<AppError> {
  const interviews = await findClashingInterviews(
    db,
    clashes.flatMap((c) => (c.interview_id ? [c.interview_id] : [])),
  );
  const fields: FieldError[] = [
    ...interviews.map((i) => ({
      kind: 'interview' as const,
      id: i.id,
      caseNumber: i.case_number,
      start: toLocal(i.starts_at, timeZone),
      end: toLocal(i.ends_at, timeZone),
    })),
    ...clashes
      .filter((c) => c.kind === 'unavailable')
      .map((c) => ({
        kind: 'unavailable' as const,
        id: c.id,
        start: toLocal(c.starts_at, timeZone),
        end: toLocal(c.ends_at, timeZone),
      })),
  ].map((clash) => ({ path: 'startsAt', code: 'double_booked', message: describeClash(clash) }));
  return new AppError(
    'conflict',
    `Already booked at that time: ${fields.map((f) => f.message).join('; ')}. Move or cancel it first.`,
    fields,
  );
}

const raceRefusal = () =>
  new AppError('conflict', 'Already booked at that time', [
    { path: 'startsAt', code: 'double_booked', message: 'Already booked at that time' },
  ]);

/**
 * Marks an officer, a room or an interpreter unavailable from one local date and time to another
 * (leave, training, maintenance). Refused with 409, naming each clash, where an interview or another
 * block already holds the time: nothing is moved or cancelled silently.
 */
export async function markUnavailable(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  timeZone: string,
  now: Date,
): Promise<UnavailabilityView> {
  const input = parseOrThrow(MarkUnavailableInput, raw);
  const startsAt = fromLocal(input.startsAt, timeZone);
  const endsAt = fromLocal(input.endsAt, timeZone);
  // A change to summer time can swallow a local hour.
  if (endsAt <= startsAt)
    throw validationFailed([{ path: 'endsAt', code: 'too_small', message: 'Ends after it starts' }]);
  const resource: ResourceRef = { kind: input.resourceKind, id: input.resourceId };
  const result = await db.transaction().execute(async (trx) => {
    const scope = await findResourceScope(trx, resource);
    if (!scope)
      throw validationFailed([
        { path: 'resourceId', code: 'unknown_resource', message: 'No such officer, room or interpreter' },
      ]);
    if (!canMarkUnavailable(actor, scope)) {
      await recordAudit(trx, actor, {
        action: 'unavailability.mark_denied',
        details: { resourceKind: resource.kind, resourceId: resource.id },
      });
      return 'denied' as const;
    }
    const clashes = await findClashes(trx, [resource], startsAt, endsAt);
    if (clashes.length > 0) throw await clashRefusal(trx, clashes, timeZone);
    const id = await insertUnavailability(trx, resource, startsAt, endsAt, input.note, actor.id, now).catch(
      (error: unknown) => {
        // Another request booked the resource between our check and this insert.
        throw isDoubleBooking(error) ? raceRefusal() : error;
      },
    );
    await recordAudit(trx, actor, {
      action: 'unavailability.mark',
      details: { bookingId: id, resourceKind: resource.kind, resourceId: resource.id },
    });
    const row = await findBlockById(trx, id);
    if (!row || !isAgendaBlock(row)) throw notFound('Unavailability not found');
    return presentBlock(row, timeZone, true);
  });
  if (result === 'denied') throw forbidden();
  return result;
}

/** Frees a block of unavailability, with the reason; it stays on record, released. */
export async function releaseUnavailability(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  timeZone: string,
  now: Date,
): Promise<UnavailabilityView> {
  const input = parseOrThrow(ReleaseUnavailabilityInput, raw);
  const result = await db.transaction().execute(async (trx) => {
    const row = await findBlockById(trx, id);
    if (!row || !isAgendaBlock(row)) throw notFound('Unavailability not found');
    const resource: ResourceRef = { kind: row.resource_kind, id: row.resource_id };
    const scope = (await findResourceScope(trx, resource)) ?? { ...resource, offices: [] };
    if (!canMarkUnavailable(actor, scope)) {
      await recordAudit(trx, actor, { action: 'unavailability.release_denied', details: { bookingId: id } });
      return 'denied' as const;
    }
    if (!(await releaseUnavailabilityRow(trx, id, input.reason, actor.id, now)))
      throw new AppError('conflict', 'The unavailability has already been released');
    await recordAudit(trx, actor, {
      action: 'unavailability.release',
      details: { bookingId: id, resourceKind: resource.kind, resourceId: resource.id },
    });
    const released = await findBlockById(trx, id);
    if (!released || !isAgendaBlock(released)) throw notFound('Unavailability not found');
    return presentBlock(released, timeZone, false);
  });
  if (result === 'denied') throw forbidden();
  return result;
}
