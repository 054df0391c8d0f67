import type { Config } from '../config/config';
import { openConfiguredDatabase } from '../db/bootstrap';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { hasAnyUser, seedDemo } from '../demo/demo-seed';
import { printDemoCredentials } from './demo-credentials';

export async function seedCommand(config: Config, options: { cases: string }): Promise<void> {
  const cases = Number(options.cases);
  if (!Number.isInteger(cases) || cases < 0 || cases > 10_000)
    throw new Error('--cases must be a whole number from 0 to 10000');
  const profile = loadCountryProfile(config.country);
  const database = await openConfiguredDatabase(config);
  try {
    if (await hasAnyUser(database.db)) {
      throw new Error('This database already has users: demo data is only added to an empty system.');
    }
    const result = await seedDemo(database.db, profile, { cases, records: true });
    console.warn(`Added ${result.offices} offices, ${result.users} users and ${result.cases} cases.`);
    if (result.records?.appealsLeftLodged)
      console.warn(
        `${result.records.appealsLeftLodged} appeal(s) left lodged: the appeals officer (another office) may not yet decide them.`,
      );
    printDemoCredentials();
  } finally {
    await database.close();
  }
}
