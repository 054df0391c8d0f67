import type { AssessmentSectionId, MaterialFactInput } from '@refugio/contract';
import type { DemoOutcome } from './demo-plan';
import { forSex, type DemoStory } from './demo-stories';

/** A dependant as the derivatives section names them. */
export interface DemoDependant {
  id: string;
  relationship: string;
  sex: string;
}

type Content = Record<string, unknown>;

/** The sections filled at each sitting: the facts first, then the analysis, then the conclusion. */
export const sittings: Record<1 | 2 | 3, readonly AssessmentSectionId[]> = {
  1: ['identity', 'material_facts'],
  2: ['credibility', 'well_founded_fear', 'grounds', 'nexus', 'state_protection'],
  3: ['cartagena', 'exclusion', 'complementary_protection', 'derivatives', 'conclusion'],
};

/** The exchange in which the officer puts an inconsistency to the applicant (INTV-1), before a refusal. */
export const inconsistencyTurns = (sex: string) =>
  [
    [
      'officer',
      'En el formato de solicitud indicó que la última amenaza ocurrió meses antes de la fecha que hoy declara. ¿Puede explicar la diferencia?',
    ],
    [
      'applicant',
      forSex('No recuerdo bien las fechas; estaba muy nervios{o/a} cuando llené el formato.', sex),
    ],
  ] as const;

/** The material facts as the officer finds them: all accepted, except the continuing risk in a refusal. */
export function materialFacts(story: DemoStory, outcome: DemoOutcome, sex: string): MaterialFactInput[] {
  return story.facts.map((fact, i) =>
    outcome === 'rejected' && i === 2
      ? {
          statement: fact.statement,
          finding: 'rejected',
          reasons: forSex(
            'No precisó cuándo ni cómo ocurrió, ni por qué medio lo supo, y la diferencia de fechas que se le planteó en la entrevista quedó sin aclarar.',
            sex,
          ),
          rejectionGrounds: ['internal_inconsistency', 'insufficient_detail'],
          putToApplicant: true,
        }
      : { statement: fact.statement, finding: 'accepted', reasons: fact.accepted },
  );
}

function relationshipBasis(d: DemoDependant): string {
  if (d.relationship === 'spouse') return 'Cónyuge o pareja; acta de matrimonio o declaración de unión';
  if (d.relationship === 'child') return `${d.sex === 'F' ? 'Hija' : 'Hijo'}; acta de nacimiento`;
  return 'Familiar dependiente; declaración en el registro';
}

/**
 * The content of each section of the UNHCR form for a claim and the outcome it leads to, as an
 * eligibility officer would write it: consistent with the outcome (readiness checks every section).
 */
export function sectionContents(
  story: DemoStory,
  outcome: DemoOutcome,
  dependants: readonly DemoDependant[],
): Record<AssessmentSectionId, Content> {
  const recognized = outcome === 'recognized';
  const rejected = outcome === 'rejected';
  const expanded = recognized && story.expanded !== null;
  const stateAgent = story.agent === 'state';
  return {
    identity: {
      identity: 'established',
      nationality: 'established',
      documentsConsidered: story.documents,
      reasons:
        'Los documentos presentados coinciden con los datos del registro y con lo declarado en la entrevista; no hay indicios de alteración.',
    },
    material_facts: {
      notes:
        'Los hechos se establecen a partir de la entrevista, los documentos aportados y la información sobre el país de origen citada en cada uno.',
    },
    credibility: rejected
      ? {
          internalConsistency:
            'El relato varía en la fecha de la última amenaza entre el registro y la entrevista; se le planteó la diferencia y no la explicó.',
          externalConsistency: 'Los hechos generales concuerdan con la información sobre el país de origen.',
          sufficientDetail: 'Describe con poco detalle los hechos posteriores a su salida.',
          plausibility: 'Los hechos iniciales son verosímiles; la continuidad del riesgo no se sostiene.',
          benefitOfTheDoubt: false,
          conclusion: 'partly_credible',
          reasons:
            'Se tienen por creíbles los antecedentes y el daño sufrido, pero no que el riesgo continúe.',
        }
      : {
          internalConsistency:
            'El relato es constante en fechas, lugares y personas entre el registro y la entrevista.',
          externalConsistency: 'Concuerda con la información sobre el país de origen citada.',
          sufficientDetail: 'Aporta detalles concretos y espontáneos sobre los hechos centrales.',
          plausibility: 'Los hechos son verosímiles en el contexto que describen las fuentes.',
          benefitOfTheDoubt: true,
          conclusion: 'credible',
          reasons: 'Se considera creíble el relato en sus hechos materiales.',
        },
    well_founded_fear: rejected
      ? {
          subjectiveFear: true,
          objectiveRisk: false,
          harmAmountsToPersecution: false,
          reasons: `Aunque el temor subjetivo es sincero, no se acreditó un interés actual de ${story.persecutor} en la persona solicitante ni que el riesgo persista en caso de retorno.`,
        }
      : {
          subjectiveFear: true,
          objectiveRisk: true,
          harmAmountsToPersecution: recognized,
          reasons: recognized
            ? `Existe una posibilidad razonable de que, en caso de retorno, sufra a manos de ${story.persecutor} atentados contra su vida, su integridad o su libertad; el daño temido es grave y reiterado, y constituye persecución.`
            : `Existe una posibilidad razonable de daño grave a manos de ${story.persecutor}; por la falta de un motivo de la Convención no se califica como persecución.`,
        },
    grounds:
      recognized && !expanded
        ? {
            grounds: story.grounds.map((g) => ({ ground: g.ground, reasons: g.reasons })),
            reasons: 'El daño temido se vincula con los motivos señalados.',
          }
        : {
            grounds: [],
            reasons: expanded
              ? 'No se identifica un motivo de la Convención con suficiente claridad; la solicitud se resuelve conforme a la definición ampliada.'
              : 'No se acreditó que el daño temido se deba a alguno de los motivos de la Convención o al género; responde a un interés delictivo o personal.',
          },
    nexus: {
      established: recognized && !expanded,
      reasons:
        recognized && !expanded
          ? 'La amenaza se dirige contra la persona solicitante precisamente por los motivos señalados.'
          : 'No se estableció un nexo entre el daño temido y un motivo de la Convención.',
    },
    state_protection: {
      agentOfPersecution: story.agent,
      stateProtectionAvailable: rejected && !stateAgent,
      internalFlightRelevant: !stateAgent,
      internalFlightReasonable: stateAgent ? null : rejected,
      reasons: stateAgent
        ? 'El agente de persecución es el propio Estado: no cabe esperar su protección y la alternativa de huida interna no es pertinente.'
        : rejected
          ? 'La persona solicitante no agotó la protección disponible y podría reubicarse en otra región del país con apoyo familiar, según la información citada.'
          : `La denuncia no produjo protección efectiva, y la capacidad de ${story.persecutor} para localizarla en todo el país hace que la reubicación interna no sea razonable.`,
    },
    cartagena: expanded
      ? {
          applies: true,
          circumstances: [...story.expanded!.circumstances],
          threatToLifeSafetyOrFreedom: true,
          reasons: story.expanded!.reasons,
        }
      : {
          applies: false,
          circumstances: [],
          threatToLifeSafetyOrFreedom: null,
          reasons: recognized
            ? 'No es necesario analizarla a fondo: la persona reúne los elementos de la definición de la Convención (LRPCAP art. 13-I).'
            : 'El riesgo que se alega no deriva de las circunstancias de la definición ampliada (LRPCAP art. 13-II).',
        },
    exclusion: {
      considered: [],
      nationalArticle: 'LRPCAP art. 27',
      excluded: false,
      reasons:
        'No hay indicios de delitos graves ni de actos contrarios a los propósitos de las Naciones Unidas.',
    },
    complementary_protection:
      outcome === 'complementary_protection'
        ? {
            needed: true,
            risks: ['life'],
            barredByExclusion: false,
            reasons: `Hay razones fundadas para considerar que su vida correría peligro si regresara, por las amenazas de ${story.persecutor}, frente a las cuales el Estado no puede protegerla (LRPCAP arts. 2-VII y 28).`,
          }
        : {
            needed: false,
            risks: [],
            barredByExclusion: false,
            reasons: recognized
              ? 'Al reconocerse la condición de refugiado no procede la protección complementaria.'
              : 'No hay razones fundadas para considerar que en caso de retorno su vida corra peligro o que sea sometida a tortura u otros tratos crueles, inhumanos o degradantes (LRPCAP art. 28).',
          },
    derivatives: {
      people: dependants.map((d) => ({
        personId: d.id,
        status: 'follows_principal',
        relationshipBasis: relationshipBasis(d),
        reasons: '',
      })),
      reasons:
        dependants.length > 0
          ? 'Los familiares incluidos en la solicitud siguen la suerte de la persona solicitante principal (LRPCAP art. 12).'
          : 'La solicitud no incluye familiares.',
    },
    conclusion: {
      proposedOutcome: outcome,
      recognitionBasis: recognized ? (expanded ? 'expanded_definition' : 'refugee_definition') : null,
      surPlace: false,
      reasons: recognized
        ? expanded
          ? 'Procede reconocer la condición de refugiado conforme a la definición ampliada.'
          : 'Procede reconocer la condición de refugiado conforme a la definición de la Convención.'
        : outcome === 'complementary_protection'
          ? 'No procede el reconocimiento de la condición de refugiado, pero sí la protección complementaria.'
          : 'No procede el reconocimiento de la condición de refugiado ni la protección complementaria.',
    },
  };
}

/** The state-protection reasons after the supervisor asked for more: the officer's second version. */
export const fullerProtectionReasons = (reasons: string) =>
  `${reasons} Se consideró la información más reciente sobre la capacidad de las autoridades y la situación de las ciudades donde la persona tiene familiares.`;

/** The decision's individual explanation (DEC-1): the categorical reasons applied to this person. */
export function individualExplanation(story: DemoStory, outcome: DemoOutcome): string {
  const claim = `La persona solicitante ${story.summary}.`;
  if (outcome === 'recognized')
    return `${claim} Su relato es creíble, el riesgo en caso de retorno es real y actual, y el Estado de origen no puede o no quiere protegerla.`;
  if (outcome === 'complementary_protection')
    return `${claim} Los hechos son creíbles pero no se vinculan con un motivo de la Convención; su vida correría peligro en caso de retorno.`;
  return `${claim} No se acreditó que el riesgo persista ni que el Estado no pueda protegerla.`;
}

/** What the supervisor writes when returning a draft. */
export const returnComments =
  'Desarrollar el análisis de protección del Estado y de la alternativa de huida interna con la fuente más reciente, y explicar por qué la reubicación no es razonable en este caso.';
