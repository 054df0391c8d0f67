import { fullName, type CountryProfile, type DecisionReasons, type OutcomeId } from '@refugio/contract';
import type { FieldValues } from '../templates/template-render';
import { countryName, formatIsoDate } from '../documents/document-format';

export interface LetterPerson {
  id: string;
  role: 'principal' | 'dependant';
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  nationalities: string[];
  /** This person's outcome in the version, and whether it follows the principal's. */
  outcome: OutcomeId;
  followsPrincipal: boolean;
  reasons: string;
}

export interface LetterFacts {
  profile: CountryProfile;
  office: { name: string; city: string };
  caseNumber: string;
  applicationDate: string;
  people: readonly LetterPerson[];
  outcome: OutcomeId;
  recognitionBasis: 'refugee_definition' | 'expanded_definition' | null;
  individualExplanation: string;
  reasons: DecisionReasons;
  /** The approval (issue) date; null until approved, when the letter says it is pending. */
  decisionDate: string | null;
  /** Who signs; null until approved. */
  signatory: { name: string; role: string } | null;
}

const pendingDate = '[fecha de emisión]';
const pendingSignature = '[firma]';
const none = 'Ninguno.';

const basisText = {
  refugee_definition:
    'la definición de refugiado de la Convención de 1951 (LRPCAP art. 13, fracciones I y III)',
  expanded_definition:
    'la definición ampliada de refugiado (LRPCAP art. 13, fracción II; Declaración de Cartagena)',
} as const;

/**
 * The values of a decision letter's fields, from the case, the frozen version and the country's law.
 * A value the law or the record does not give is left out, so the template shows the gap and the
 * version cannot be submitted: a letter never states what nobody decided. Spanish wording (the
 * shipped templates' language). Pure.
 */
export function letterValues(facts: LetterFacts): FieldValues {
  const { profile, reasons } = facts;
  const principal = facts.people.find((p) => p.role === 'principal');
  const outcomeName = (id: OutcomeId) => profile.procedure.outcomes.find((o) => o.id === id)?.name.es ?? id;
  const outcome = profile.procedure.outcomes.find((o) => o.id === facts.outcome);
  const factItem = (f: DecisionReasons['factsAccepted'][number]) =>
    [f.statement, f.reasons, f.citations.length > 0 ? `(${f.citations.join('; ')})` : '']
      .filter((s) => s !== '')
      .join(' ');
  const section = (id: string) => reasons.sections[id];
  const appealLimit = profile.procedure.timeLimits.find(
    (l) => l.id === 'appeal_filing' && l.status === 'known',
  );
  const values: FieldValues = {
    'authority.name': profile.authority.name.es,
    'authority.acronym': profile.authority.acronym,
    'office.name': facts.office.name,
    'office.city': facts.office.city,
    'case.number': facts.caseNumber,
    'case.applicationDate': formatIsoDate(facts.applicationDate),
    'applicant.fullName': principal ? fullName(principal) : undefined,
    'applicant.nationality': principal?.nationalities.map((c) => countryName(c, 'es')).join(', '),
    'people.list': facts.people.map((p) => fullName(p)),
    'decision.date': facts.decisionDate ? formatIsoDate(facts.decisionDate) : pendingDate,
    'decision.outcome': outcomeName(facts.outcome),
    'decision.legalBasis':
      outcome?.basis.status === 'known' ? inSpanish(outcome.basis.legalBasis) : undefined,
    'decision.recognitionBasis': facts.recognitionBasis ? basisText[facts.recognitionBasis] : undefined,
    'decision.individualExplanation': facts.individualExplanation,
    'decision.derivatives': derivatives(facts.people, outcomeName),
    'reasons.factsAccepted': reasons.factsAccepted.length > 0 ? reasons.factsAccepted.map(factItem) : [none],
    'reasons.factsRejected': reasons.factsRejected.length > 0 ? reasons.factsRejected.map(factItem) : [none],
    'reasons.credibility': section('credibility'),
    'reasons.wellFoundedFear': section('well_founded_fear'),
    'reasons.grounds': section('grounds'),
    'reasons.nexus': section('nexus'),
    'reasons.stateProtection': section('state_protection'),
    'reasons.cartagena': section('cartagena') ?? 'No se analizó por no ser necesario para esta resolución.',
    'reasons.exclusion': section('exclusion'),
    'reasons.complementaryProtection': reasons.complementaryProtection
      ? `${reasons.complementaryProtection.needed ? 'Se acredita' : 'No se acredita'} la necesidad de protección complementaria. ${reasons.complementaryProtection.reasons}`.trim()
      : undefined,
    'reasons.sources': reasons.sources.length > 0 ? reasons.sources : [none],
    'appeal.timeLimit': appealLimit?.status === 'known' ? limitText(appealLimit) : undefined,
    'signatory.name': facts.signatory?.name ?? pendingSignature,
    'signatory.role': facts.signatory?.role ?? pendingSignature,
  };
  return values;
}

function derivatives(people: readonly LetterPerson[], outcomeName: (id: OutcomeId) => string): string[] {
  const dependants = people.filter((p) => p.role === 'dependant');
  if (dependants.length === 0) return [none];
  return dependants.map((p) =>
    p.followsPrincipal
      ? `${fullName(p)}: sigue la suerte de la persona solicitante principal (${outcomeName(p.outcome)}).`
      : `${fullName(p)}: ${outcomeName(p.outcome)}, decidido por separado. ${p.reasons}`.trim(),
  );
}

const unitText = {
  working_days: 'días hábiles',
  calendar_days: 'días naturales',
  calendar_months: 'meses',
} as const;

function limitText(limit: { length: number; unit: keyof typeof unitText; legalBasis: string }): string {
  return `dentro de los ${limit.length} ${unitText[limit.unit]} siguientes a la notificación de esta resolución (${inSpanish(limit.legalBasis)})`;
}

/** A legal citation of the profile (written in English: "LRPCAP arts. 29 and 30") as a Spanish letter cites it. */
function inSpanish(citation: string): string {
  return citation.replace(/ and /g, ' y ');
}
