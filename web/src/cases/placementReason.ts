import type { TFunction } from 'i18next';
import { fullName, type PersonView, type TriageReason } from '@refugio/contract';
import type { Names } from '../i18n/useNames';
import type { TriageNames } from '../i18n/useTriageNames';

/** What the server sends in place of a specific need the user may not see (server: `redactTriage`). */
const restrictedNeed = 'restricted';

interface ReasonContext {
  people: readonly PersonView[];
  names: Names;
  triage: TriageNames;
}

/** The person a reason is about: position 0 is the principal, then the dependants in registration order. */
function personName(t: TFunction, people: readonly PersonView[], position: number): string {
  const person = people[position];
  if (person) return fullName(person);
  return position === 0 ? t('triage.person.principal') : t('triage.person.dependant', { n: position });
}

/** Why a triage rule held, in the officer's language: names, never bare codes alone. */
export function placementReason(t: TFunction, reason: TriageReason, ctx: ReasonContext): string {
  switch (reason.code) {
    case 'specific_need':
      // The server withheld a medical or SGBV need from this user: say so, never guess.
      if (reason.need === restrictedNeed)
        return `${personName(t, ctx.people, reason.person)}: ${t('access.restricted')}`;
      return t('triage.reason.specific_need', {
        person: personName(t, ctx.people, reason.person),
        need: ctx.names.specificNeed(reason.need),
        code: reason.need,
      });
    case 'nationality':
      return t('triage.reason.nationality', {
        person: personName(t, ctx.people, reason.person),
        country: ctx.names.country(reason.nationality),
      });
    case 'age_under':
    case 'age_at_least': {
      const values = {
        person: personName(t, ctx.people, reason.person),
        count: reason.age,
        limit: reason.limit,
      };
      return reason.code === 'age_under'
        ? t('triage.reason.age_under', values)
        : t('triage.reason.age_at_least', values);
    }
    case 'indicator':
      return t('triage.reason.indicator', { indicator: ctx.triage.indicator(reason.indicator) });
    case 'no_rule_held':
      return t('triage.reason.no_rule_held');
  }
}
