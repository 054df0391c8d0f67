import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { RecipientTable } from './data-protection.tables';
import type { Insertable } from 'kysely';

/**
 * The demo's register of recipients: UNHCR, a shelter, a resettlement state, and the consulate of a
 * country many applicants fled, so the demo shows a disclosure refused to the country of origin.
 */
export async function seedDemoRecipients(db: Kysely<DB>, administratorId: string | null): Promise<number> {
  const rows: Insertable<RecipientTable>[] = [
    { name: 'ACNUR — Oficina en Tapachula', kind: 'unhcr', country: 'MEX' },
    { name: 'Albergue Casa del Migrante', kind: 'ngo', country: 'MEX' },
    { name: 'Comité Internacional de la Cruz Roja', kind: 'international_organisation', country: null },
    { name: 'Embajada de Canadá — Sección de reasentamiento', kind: 'state_authority', country: 'CAN' },
    { name: 'Consulado General de Honduras', kind: 'state_authority', country: 'HND' },
  ];
  await db
    .insertInto('recipients')
    .values(rows.map((r) => ({ ...r, created_by: administratorId })))
    .execute();
  return rows.length;
}
