import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { seededRandom } from './random';
import { syntheticApplication } from './synthetic-application';

/**
 * Identity resolution in the demo: María José Hernández Pérez registered in Mexico City, then again in
 * Tapachula as "Maria Jose Hernandez" (accents lost, second surname dropped) by a script that did not
 * search first, so the pair waits in the supervisors' review queue. Through the real use case; returns
 * the number of cases added.
 */
export async function seedIdentityDemo(
  db: Kysely<DB>,
  jurisdiction: Jurisdiction,
  officers: { tapachula: Actor; mexicoCity: Actor },
  now: Date,
): Promise<number> {
  const from = new Date(now.getTime() - 40 * 86_400_000).toISOString().slice(0, 10);
  const first = syntheticApplication(seededRandom(66), { from, days: 5 }, 1);
  first.principal = {
    ...first.principal,
    givenNames: 'María José',
    firstSurname: 'Hernández',
    secondSurname: 'Pérez',
    sex: 'F',
    birthDate: '1994-03-08',
    nationalities: ['HND'],
    countryOfBirth: 'HND',
    countryOfOrigin: 'HND',
  };
  await registerApplication(
    db,
    officers.mexicoCity,
    first,
    jurisdiction,
    new Date(`${first.applicationDate}T11:00:00-06:00`),
  );
  const again = syntheticApplication(seededRandom(67), { from: first.applicationDate, days: 20 }, 1);
  again.principal = {
    ...first.principal,
    givenNames: 'Maria Jose',
    firstSurname: 'Hernandez',
    secondSurname: '',
  };
  if (again.applicationDate < first.applicationDate) again.applicationDate = first.applicationDate;
  if (again.entryDate > again.applicationDate) again.entryDate = again.applicationDate;
  await registerApplication(
    db,
    officers.tapachula,
    again,
    jurisdiction,
    new Date(`${again.applicationDate}T12:00:00-06:00`),
  );
  return 2;
}
