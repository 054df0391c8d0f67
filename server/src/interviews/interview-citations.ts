import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { formatIsoDate } from '../documents/document-format';
import { localParts } from './local-time';

/**
 * How an assessment cites interview turns: "Acta de entrevista del 12/11/2026, intervención 14",
 * by turn id. Only turns of confirmed records are described (an open record can still change); the
 * date is the interview's, on the country's calendar. Ids that are not such turns are left out.
 */
export async function describeTurns(
  db: Kysely<DB>,
  turnIds: readonly string[],
  timeZone = 'America/Mexico_City',
): Promise<Map<string, string>> {
  const ids = [...new Set(turnIds)].filter((id) => /^\d{1,18}$/.test(id));
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('interview_turns as t')
    .innerJoin('interview_records as r', 'r.id', 't.record_id')
    .select(['t.id', 't.position', 'r.started_at'])
    .where('t.id', 'in', ids)
    .where('r.status', '=', 'confirmed')
    .execute();
  return new Map(
    rows.map((row) => [
      String(row.id),
      `Acta de entrevista del ${formatIsoDate(localParts(row.started_at, timeZone).date)}, intervención ${row.position}`,
    ]),
  );
}
