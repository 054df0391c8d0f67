import type { Kysely } from 'kysely';
import { RoomInput, RoomQuery, UpdateRoomInput, type RoomList, type RoomView } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageRooms, canScheduleInterview, officeCaseScope } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findOfficeById, listOffices } from '../offices/office.repository';
import { findRoomById, findRooms, insertRoom, updateRoom, type RoomRow } from './room.repository';

export function presentRoom(row: RoomRow): RoomView {
  return {
    id: row.id,
    officeId: row.office_id,
    name: row.name,
    capacity: row.capacity,
    features: row.features as RoomView['features'],
    active: row.active,
    version: row.version,
  };
}

const duplicateName = () =>
  validationFailed([
    { path: 'name', code: 'duplicate_name', message: 'The office already has a room of that name' },
  ]);

/** Who sees an office's rooms: who manages them and who books interviews there. */
function canReadRooms(actor: Actor, officeId: string): boolean {
  return canManageRooms(actor, officeId) || canScheduleInterview(actor, officeCaseScope(officeId));
}

/** The rooms of the offices the actor may see (their own; administrators all, or one by `officeId`). */
export async function listRooms(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<RoomList> {
  const query = parseOrThrow(RoomQuery, raw);
  const officeId =
    query.officeId ?? (actor.role === 'administrator' ? undefined : (actor.officeId ?? undefined));
  if (officeId !== undefined && !canReadRooms(actor, officeId)) throw forbidden();
  if (officeId === undefined && actor.role !== 'administrator') throw forbidden();
  const rows = await findRooms(db, officeId);
  const offices = officeId ? [{ id: officeId }] : await listOffices(db);
  return {
    rooms: rows.map(presentRoom),
    manageableOfficeIds: offices.map((o) => o.id).filter((id) => canManageRooms(actor, id)),
  };
}

/** Adds a room to an office. */
export async function createRoom(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<RoomView> {
  const input = parseOrThrow(RoomInput, raw);
  if (!canManageRooms(actor, input.officeId)) throw forbidden();
  return db.transaction().execute(async (trx) => {
    if (!(await findOfficeById(trx, input.officeId)))
      throw validationFailed([{ path: 'officeId', code: 'unknown_office', message: 'No such office' }]);
    const id = await insertRoom(trx, {
      office_id: input.officeId,
      name: input.name,
      capacity: input.capacity,
      features: input.features,
      active: input.active,
    });
    if (!id) throw duplicateName();
    await recordAudit(trx, actor, {
      action: 'room.create',
      details: { roomId: id, officeId: input.officeId },
    });
    return presentRoom((await findRoomById(trx, id))!);
  });
}

/** Changes a room, from the version the user saw. */
export async function updateRoomEntry(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  now: Date,
): Promise<RoomView> {
  const input = parseOrThrow(UpdateRoomInput, raw);
  return db.transaction().execute(async (trx) => {
    const current = await findRoomById(trx, id);
    if (!current) throw notFound('Room not found');
    if (!canManageRooms(actor, current.office_id)) throw forbidden();
    const outcome = await updateRoom(
      trx,
      id,
      input.version,
      { name: input.name, capacity: input.capacity, features: input.features, active: input.active },
      now,
    );
    if (outcome === 'duplicate_name') throw duplicateName();
    if (outcome === 'stale')
      throw new AppError(
        'conflict',
        `The room has changed since you opened it: it is now at version ${current.version}. Reload and try again.`,
      );
    await recordAudit(trx, actor, { action: 'room.update', details: { roomId: id, active: input.active } });
    return presentRoom((await findRoomById(trx, id))!);
  });
}
