import type { ApiApplication } from './api';

/*
 * The eligibility journey's case: a Haitian woman who speaks only Haitian Creole, registered at office
 * TAP, and what each person types about her, so the letter can be checked for the very words.
 *
 * Every date is the server's first day, Fri 27/11/2026 (`CLOCK_START`, 10:00 in Mexico City): a working
 * day. The interview is booked that morning, 08:00–09:30, because the record of an interview can only
 * be opened once the interview has started by the server's clock, and that clock starts at 10:00; the
 * decision, its notification and the appeal all fall on the same day (the appeal in time: 15 working
 * days from the notification, LRPCAP art. 25).
 */
export const JOURNEY_DAY = '27/11/2026';

/** A family name no other journey uses. */
export const applicant = {
  givenNames: 'Wislande',
  firstSurname: 'Pierre-Louis',
  secondSurname: 'Joseph',
  fullName: 'Wislande Pierre-Louis Joseph',
};

/** Filed on 25/11/2026, a week after entering Mexico at Ciudad Hidalgo (in time). */
export const haitianApplication: ApiApplication = {
  entryDate: '2026-11-18',
  entryPlace: 'Ciudad Hidalgo, Chiapas',
  applicationDate: '2026-11-25',
  principal: {
    givenNames: applicant.givenNames,
    firstSurname: applicant.firstSurname,
    secondSurname: applicant.secondSurname,
    sex: 'F',
    birthDate: '1990-05-02',
    countryOfBirth: 'HTI',
    nationalities: ['HTI'],
    countryOfOrigin: 'HTI',
    languages: ['hat'],
  },
};

/** What the administrator registers before any interview is booked. */
export const setup = {
  interpreter: 'Marie-Claude Étienne',
  confidentialitySignedOn: '02/11/2026',
  room: 'Sala Tacaná',
  source: {
    title: 'Haití: violencia de pandillas en Puerto Príncipe',
    publisher: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
    publishedOn: '15/10/2026',
    url: 'https://www.ohchr.org/es/countries/haiti',
    countries: 'HTI',
    topics: 'pandillas, protección del Estado',
    summary: 'Las pandillas controlan Martissant; la policía no protege a la población.',
  },
};

export const interview = { start: '08:00', end: '09:30', startedAt: '08:05', endedAt: '09:20' };

/** The turns of the record, question and answer, then the interpreter's read-back. */
export const turns = {
  question: '¿Por qué salió de Haití?',
  answer: 'Una pandilla quemó mi tienda en Martissant y me amenazó de muerte si volvía.',
  readBack: 'Se leyó el acta en criollo haitiano; la solicitante la entendió y está conforme.',
};

/** What the eligibility officer writes, and what the letter must then say. */
export const reasons = {
  fact: 'Una pandilla de Martissant quemó su tienda y la amenazó de muerte.',
  factReasons: 'Relato detallado y coherente con la información sobre el país.',
  stateProtection: 'La Policía Nacional de Haití no protege a la población de Martissant.',
  nexus: 'La pandilla buscaba extorsionarla; la amenaza no responde a un motivo de la Convención.',
  complementaryProtection: 'Devolverla a Haití pondría en peligro su vida: la pandilla sigue buscándola.',
  conclusion: 'No es refugiada, pero necesita protección complementaria.',
  firstExplanation: 'La solicitante no acreditó un motivo de la Convención.',
  returnComments: 'Explique en la resolución por qué la falta de protección policial no es persecución.',
  correctedExplanation:
    'Según la fuente de la ONU citada, la policía no la protege, pero la amenaza es delictiva y no responde a un motivo de la Convención.',
  appealGrounds: 'La resolución no valoró que la amenaza responde a su opinión política.',
  appealDecision: 'La amenaza es delictiva; la resolución valoró la opinión política alegada. Se confirma.',
};
