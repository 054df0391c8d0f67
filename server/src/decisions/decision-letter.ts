import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type CountryProfile, type DecisionReasons, type OutcomeId } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { CaseRow } from '../cases/case.repository';
import { findPeopleOfCase } from '../cases/case.repository';
import { findOfficeById } from '../offices/office.repository';
import { renderDecisionLetter } from '../documents/decision-letter.pdf';
import { findTemplate } from '../templates/template-store';
import { letterLabels } from '../templates/letter-labels';
import { renderTemplate, type RenderedBlock } from '../templates/template-render';
import type { TemplateFieldId } from '@refugio/contract';
import { appealRemedyOf, remedyInSentence, withoutRemedyPhrase } from '../countries/appeal-remedy';
import { letterValues, type LetterPerson } from './decision-values';
import type { DecisionPersonRow, VersionRow } from './decision.repository';

/** The letter of a version: its template filled from the case, the version and its reasons. */
export async function fillLetter(
  db: Kysely<DB>,
  profile: CountryProfile,
  kase: CaseRow,
  version: Pick<
    VersionRow,
    'number' | 'outcome' | 'recognition_basis' | 'individual_explanation' | 'template_id'
  >,
  people: readonly DecisionPersonRow[],
  reasons: DecisionReasons,
  issue: { date: string; signatory: { name: string; role: string } } | null,
): Promise<{ blocks: RenderedBlock[]; missing: TemplateFieldId[]; title: string; language: string }> {
  const [template, office, casePeople] = await Promise.all([
    findTemplate(db, version.template_id),
    findOfficeById(db, kase.office_id),
    findPeopleOfCase(db, kase.id),
  ]);
  if (!template) throw new Error(`template ${version.template_id} of a decision version is gone`);
  const letterPeople: LetterPerson[] = casePeople.map((p) => {
    const decided = people.find((d) => d.person_id === p.id && d.version_number === version.number);
    return {
      id: p.id,
      role: p.role,
      givenNames: p.given_names,
      firstSurname: p.first_surname,
      secondSurname: p.second_surname,
      nationalities: p.nationalities,
      outcome: (decided?.outcome ?? version.outcome) as OutcomeId,
      followsPrincipal: decided?.follows_principal ?? true,
      reasons: decided?.reasons ?? '',
    };
  });
  const values = letterValues({
    profile,
    office: { name: office?.name ?? '', city: office?.city ?? '' },
    caseNumber: kase.case_number,
    applicationDate: kase.application_date,
    people: letterPeople,
    outcome: version.outcome as OutcomeId,
    recognitionBasis: version.recognition_basis,
    individualExplanation: version.individual_explanation,
    reasons,
    decisionDate: issue?.date ?? null,
    signatory: issue?.signatory ?? null,
  });
  // The remedy is the profile's (docs/design/eligibility.md §4). Where the law names none against this
  // decision, the sentence that would name it is left out: a letter never guesses a remedy.
  const remedy = appealRemedyOf(profile, version.outcome as OutcomeId);
  const body = remedy ? template.body : withoutRemedyPhrase(template.body);
  const { blocks, missing } = renderTemplate(body, {
    ...values,
    // The name only: the time limit's sentence cites the article, and where the article is not known
    // the letter must not print the profile's note.
    'appeal.remedy': remedy ? remedyInSentence(remedy.name.es) : undefined,
  });
  return { blocks, missing, title: template.title, language: template.language };
}

/** SHA-256 of what a submitted version says (its letter as rendered), for checking copies against the record. */
export function contentSha256(blocks: readonly RenderedBlock[]): string {
  return createHash('sha256').update(JSON.stringify(blocks)).digest('hex');
}

/** Prints filled blocks as the letter PDF; anything but the issued letter carries the draft watermark. */
export function printLetter(
  letter: { blocks: readonly RenderedBlock[]; title: string; language: string },
  profile: CountryProfile,
  reference: { decisionId: string; versionNumber: number },
  issued: boolean,
  at: Date,
): Promise<Buffer> {
  const labels = letterLabels(letter.language);
  return renderDecisionLetter({
    blocks: letter.blocks,
    title: letter.title,
    author: profile.authority.acronym,
    language: letter.language,
    watermark: issued ? null : labels.draftWatermark,
    reference: `${labels.decision} ${reference.decisionId} · ${labels.versionWord} ${reference.versionNumber}`,
    createdAt: at,
    pageLabel: labels.page,
  });
}
