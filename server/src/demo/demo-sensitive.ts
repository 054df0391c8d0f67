import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Jurisdiction } from '../countries/jurisdiction';
import { registerApplication } from '../cases/case.service';
import { assignCase } from '../assignments/assignment.service';
import { markSensitive } from '../access/sensitivity.service';
import type { DemoTeam } from './demo-case';
import { seededRandom } from './random';
import { syntheticApplication } from './synthetic-application';

/**
 * One sensitive case for the demo: an applicant who disclosed sexual violence, registered in
 * Tapachula, put in the charge of elegibilidad@ and marked SGBV by supervision@ (who is named on it).
 * The rest of the office, administrators included, do not see it; no break-glass grant is made.
 * Everything goes through the real use cases. Returns the case id.
 */
export async function seedSensitiveDemoCase(
  db: Kysely<DB>,
  jurisdiction: Jurisdiction,
  team: DemoTeam,
  now: Date,
): Promise<string> {
  const from = new Date(now.getTime() - 20 * 86_400_000).toISOString().slice(0, 10);
  const application = syntheticApplication(seededRandom(7), { from, days: 10 }, 1);
  application.principal = { ...application.principal, specificNeeds: ['SV-VF'] };
  const registeredAt = new Date(`${application.applicationDate}T10:30:00-06:00`);
  const { id } = await registerApplication(db, team.registration, application, jurisdiction, registeredAt);
  const assigned = await assignCase(
    db,
    team.supervisor,
    id,
    { version: 1, officerId: team.eligibility.id },
    jurisdiction,
    now,
  );
  await markSensitive(
    db,
    team.supervisor,
    id,
    {
      version: assigned.version,
      category: 'sgbv',
      reason:
        'Relató violencia sexual durante el tránsito; entrevista con entrevistadora y apoyo psicosocial.',
    },
    jurisdiction,
    now,
  );
  return id;
}
