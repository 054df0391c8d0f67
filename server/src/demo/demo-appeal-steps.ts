import { decideAppeal, fileAppeal } from '../appeals/appeal.service';
import { AppError } from '../errors/app-error';
import type { DemoCase, DemoWorld } from './demo-case';

const grounds =
  'La resolución no valoró la información más reciente sobre el país de origen ni explicó por qué la protección del Estado sería efectiva; se ofrecen nuevas pruebas documentales de las amenazas.';

/**
 * The applicant appeals (recurso de revisión) at the office, which records it; a late one with the
 * reason it is admitted (UNHCR APP-1: the time limit is applied flexibly).
 */
export async function fileDemoAppeal(
  world: DemoWorld,
  kase: DemoCase,
  filedOn: string,
  late: boolean,
  now: Date,
): Promise<void> {
  const result = await fileAppeal(
    world.db,
    world.team.registration,
    kase.id,
    {
      caseVersion: kase.version,
      filedOn,
      grounds,
      representative: kase.index % 3 === 0 ? 'Clínica Jurídica para Personas Refugiadas de Tapachula' : '',
      lateReason: late
        ? 'La persona solicitante estuvo hospitalizada tras la notificación (constancia médica anexa) y presentó el recurso al día siguiente de su alta.'
        : '',
    },
    world.jurisdiction,
    now,
  );
  kase.version = result.caseVersion;
  kase.appeal = { id: result.appeal.id, version: result.appeal.version, filedOn };
}

const reasons = {
  confirmed:
    'Las pruebas ofrecidas no desvirtúan las conclusiones de la resolución: la información del país fue valorada y la protección del Estado se analizó con fuentes actuales. Se confirma la resolución.',
  recognized:
    'La información más reciente sobre el país de origen y las pruebas ofrecidas acreditan un riesgo actual vinculado con un motivo de la Convención que la resolución no valoró. Se revoca y se reconoce la condición de refugiado.',
} as const;

/**
 * The appeals officer, who took no part in the first decision, decides the appeal. Answers false when
 * the access policy does not yet let an appeals officer of another office act on the case (the
 * appeal then stays lodged).
 */
export async function decideDemoAppeal(
  world: DemoWorld,
  kase: DemoCase,
  outcome: 'confirmed' | 'recognized',
  decidedOn: string,
  now: Date,
): Promise<boolean> {
  try {
    const result = await decideAppeal(
      world.db,
      world.team.appeals,
      kase.appeal!.id,
      {
        caseVersion: kase.version,
        version: kase.appeal!.version,
        outcome,
        reasons: reasons[outcome],
        decidedOn,
      },
      world.jurisdiction,
      now,
    );
    kase.version = result.caseVersion;
    kase.appeal = { ...kase.appeal!, version: result.appeal.version };
    return true;
  } catch (error) {
    // The case lies outside the appeals officer's office: until appeal scope reaches it, it waits.
    if (error instanceof AppError && error.code === 'not_found') return false;
    throw error;
  }
}
