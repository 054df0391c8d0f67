import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export function findTimeLimitRulesInForce(db: Kysely<DB>, country: string) {
  return db
    .selectFrom('time_limit_rules')
    .select(['id', 'rule'])
    .where('country', '=', country)
    .where('withdrawn_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type TimeLimitRuleRow = Awaited<ReturnType<typeof findTimeLimitRulesInForce>>[number];

/** Every recorded version of the country's limits, withdrawn ones too, with who recorded them. */
export function findTimeLimitRules(db: Kysely<DB>, country: string) {
  return ruleQuery(db).where('r.country', '=', country).orderBy('r.created_at').execute();
}

export function findTimeLimitRuleById(db: Kysely<DB>, id: string) {
  return ruleQuery(db).where('r.id', '=', id).executeTakeFirst();
}
export type RecordedRuleRow = NonNullable<Awaited<ReturnType<typeof findTimeLimitRuleById>>>;

function ruleQuery(db: Kysely<DB>) {
  return db
    .selectFrom('time_limit_rules as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select([
      'r.id',
      'r.country',
      'r.limit_id',
      'r.effective_from',
      'r.rule',
      'r.created_by',
      'u.name as created_by_name',
      'r.created_at',
      'r.withdrawn_at',
      'r.withdrawal_reason',
    ]);
}
