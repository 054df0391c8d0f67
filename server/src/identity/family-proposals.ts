import { normalizeForSearch } from '../search/normalize';
import type { PersonRecord } from './matching';

/** Surname pairs shared by more people than this are common names: proposing family on them is noise. */
export const MAX_FAMILY_GROUP = 12;

export interface FamilyCandidate {
  record: PersonRecord;
  caseId: string;
}

/**
 * Family-link proposals across cases, kept simple and precise: two people of different cases with
 * the same first and second surname (both known) and the same nationality — siblings, in the
 * region's naming — and not judged the same person (`isSamePerson`). Groups of a common surname pair
 * are skipped. Pure: no database. Pairs come as [idA, idB] with idA < idB.
 */
export function proposeFamilyPairs(
  people: FamilyCandidate[],
  isSamePerson: (a: PersonRecord, b: PersonRecord) => boolean,
): [string, string][] {
  const groups = new Map<string, FamilyCandidate[]>();
  for (const p of people) {
    const first = normalizeForSearch(p.record.firstSurname);
    const second = normalizeForSearch(p.record.secondSurname);
    if (!first || !second || !p.record.nationality) continue;
    const key = `${first}|${second}|${p.record.nationality}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const pairs: [string, string][] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > MAX_FAMILY_GROUP) continue;
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i]!, group[j]!];
        if (x.caseId === y.caseId || isSamePerson(x.record, y.record)) continue;
        pairs.push(x.record.id < y.record.id ? [x.record.id, y.record.id] : [y.record.id, x.record.id]);
      }
  }
  return pairs;
}
