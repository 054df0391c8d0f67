import {
  placeholdersOf,
  type CountryProfile,
  type Localized,
  type OutcomeId,
  type TemplateBlock,
} from '@refugio/contract';

/** The template field that names the remedy in a decision letter. */
export const APPEAL_REMEDY_FIELD = 'appeal.remedy';

/**
 * The remedy against a decision with this outcome, as the profile's law names it; null where the law
 * is unknown or names no remedy against such a decision (Panama's reconsideration lies against
 * non-admission only). Never a guess: a letter then leaves the phrase out.
 */
export function appealRemedyOf(
  profile: Pick<CountryProfile, 'eligibility'>,
  outcome: OutcomeId | null,
): { name: Localized; legalBasis: string } | null {
  const remedy = profile.eligibility.appealRemedy;
  if (remedy.status !== 'known') return null;
  if (remedy.against && (outcome === null || !remedy.against.includes(outcome))) return null;
  return { name: remedy.name, legalBasis: remedy.legalBasis };
}

/** The remedy's name as a letter's sentence carries it ("procede el recurso de revisión"). */
export function remedyInSentence(name: string): string {
  return name.charAt(0).toLocaleLowerCase('es') + name.slice(1);
}

const mentionsRemedy = (text: string) => placeholdersOf(text).includes(APPEAL_REMEDY_FIELD);

/**
 * A template's blocks without the sentences that name the remedy, for a decision the law names none
 * against: the paragraph (or list item, or signature line) goes whole, so the letter neither shows a
 * gap nor prints "unknown". A list left empty goes too.
 */
export function withoutRemedyPhrase(body: readonly TemplateBlock[]): TemplateBlock[] {
  return body.flatMap((block): TemplateBlock[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return mentionsRemedy(block.text) ? [] : [block];
      case 'list': {
        const items = block.items.filter((item) => !mentionsRemedy(item));
        return items.length > 0 ? [{ ...block, items }] : [];
      }
      case 'signature': {
        const lines = block.lines.filter((line) => !mentionsRemedy(line));
        return lines.length > 0 ? [{ ...block, lines }] : [];
      }
    }
  });
}
