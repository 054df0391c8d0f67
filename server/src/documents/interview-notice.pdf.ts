import { languages, type CountryProfile, type InterviewMode } from '@refugio/contract';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatIsoDate } from './document-format';
import type { DocumentLanguage } from './document-labels';
import { renderPdf, wrappingText } from './render-pdf';

/** What the citatorio states; every value printed as plain text. */
export interface InterviewNoticeInput {
  profile: CountryProfile;
  caseNumber: string;
  personName: string;
  /** YYYY-MM-DD and HH:MM, local to the country's time zone. */
  date: string;
  startTime: string;
  endTime: string;
  mode: InterviewMode;
  office: { name: string; city: string };
  room: string | null;
  /** ISO 639-3 of the interview's language; null when no interpreter is booked. */
  interpreterLanguage: string | null;
  issuedAt: Date;
  documentId: string;
}

interface NoticeText {
  title: string;
  to: string;
  caseNumber: string;
  summons: string;
  date: string;
  time: string;
  place: string;
  mode: Record<InterviewMode, string>;
  interpreter: string;
  noInterpreter: string;
  rightsTitle: string;
  rights: string[];
  bring: string;
  footer: string;
  documentId: string;
  page: (n: number, of: number) => string;
}

// Fixed wording until the authority's interview-notice template exists (docs/design/eligibility.md §2.4).
const texts: Record<DocumentLanguage, NoticeText> = {
  es: {
    title: 'Citatorio a entrevista de elegibilidad',
    to: 'Persona citada',
    caseNumber: 'Número de expediente',
    summons:
      'Se le cita a la entrevista de su solicitud de reconocimiento de la condición de refugiado, en la fecha, hora y lugar que se indican. Es importante que asista: la entrevista es la oportunidad de explicar con sus propias palabras por qué salió de su país.',
    date: 'Fecha',
    time: 'Hora',
    place: 'Lugar o medio',
    mode: {
      in_person: 'Presencial',
      remote_video: 'A distancia, por videollamada',
      remote_phone: 'A distancia, por teléfono',
    },
    interpreter: 'Intérprete',
    noInterpreter: 'Sin intérprete (la entrevista se realiza en español)',
    rightsTitle: 'Sus derechos en la entrevista',
    rights: [
      'Tiene derecho a un intérprete en un idioma que comprenda, sin costo.',
      'Puede pedir que la persona que le entreviste y la persona intérprete sean de su mismo sexo; dígalo antes de la entrevista o al inicio de ella.',
      'Puede asistir con su representante legal o con una persona de su confianza.',
      'Todo lo que diga es confidencial: no se comunicará a las autoridades de su país.',
      'Al final se le leerá el acta de la entrevista y podrá corregirla antes de confirmarla.',
      'Si no puede asistir, avise cuanto antes y explique el motivo.',
    ],
    bring: 'Traiga este citatorio, su constancia de registro y los documentos que tenga.',
    footer: 'Documento personal y gratuito.',
    documentId: 'Folio',
    page: (n, of) => `Página ${n} de ${of}`,
  },
  en: {
    title: 'Notice of eligibility interview',
    to: 'Person summoned',
    caseNumber: 'Case number',
    summons:
      'You are summoned to the interview on your application for refugee status, on the date, at the time and place shown. Please attend: the interview is your opportunity to explain in your own words why you left your country.',
    date: 'Date',
    time: 'Time',
    place: 'Place or means',
    mode: {
      in_person: 'In person',
      remote_video: 'Remote, by video call',
      remote_phone: 'Remote, by telephone',
    },
    interpreter: 'Interpreter',
    noInterpreter: 'No interpreter (the interview is held in the official language)',
    rightsTitle: 'Your rights at the interview',
    rights: [
      'You have the right to an interpreter in a language you understand, free of charge.',
      'You may ask for an interviewer and an interpreter of your own sex; say so before or at the start of the interview.',
      'Your legal representative or a person you trust may attend with you.',
      'Everything you say is confidential: it will not be shared with the authorities of your country.',
      'The record of the interview will be read back to you, and you may correct it before confirming it.',
      'If you cannot attend, let us know as soon as possible and explain why.',
    ],
    bring: 'Bring this notice, your proof of registration and any documents you have.',
    footer: 'Personal document, free of charge.',
    documentId: 'Reference',
    page: (n, of) => `Page ${n} of ${of}`,
  },
};

const documentLanguageOf: Record<string, DocumentLanguage> = { spa: 'es', eng: 'en' };

/**
 * The notice's language: the interviewee's languages in order, the first the notice is written in,
 * else the country's first official language (Spanish; English in Belize), else Spanish.
 */
export function noticeLanguage(
  personLanguages: readonly string[],
  profile: CountryProfile,
): DocumentLanguage {
  for (const code of [...personLanguages, ...profile.officialLanguages]) {
    const lang = documentLanguageOf[code];
    if (lang) return lang;
  }
  return 'es';
}

const languageName = (code: string, lang: DocumentLanguage) =>
  languages.find((l) => l.code === code)?.[lang] ?? code;

const ink = '#1a1a1a';
const muted = '#555555';
const accent = '#1f3a5f';
const pageMargins: [number, number, number, number] = [57, 50, 57, 64];

function definition(input: InterviewNoticeInput, lang: DocumentLanguage): TDocumentDefinitions {
  const t = texts[lang];
  const place =
    input.mode === 'in_person'
      ? [input.room, `${input.office.name}, ${input.office.city}`].filter(Boolean).join(' · ')
      : t.mode[input.mode];
  const rows: [string, string][] = [
    [t.to, input.personName],
    [t.caseNumber, input.caseNumber],
    [t.date, formatIsoDate(input.date)],
    [t.time, `${input.startTime} – ${input.endTime}`],
    [t.place, `${t.mode[input.mode]}${input.mode === 'in_person' ? `: ${place}` : ''}`],
    [
      t.interpreter,
      input.interpreterLanguage ? languageName(input.interpreterLanguage, lang) : t.noInterpreter,
    ],
  ];
  const content: Content[] = [
    { ...wrappingText(input.profile.authority.name[lang]), bold: true, fontSize: 13, color: accent },
    { text: t.title, bold: true, fontSize: 15, alignment: 'center', margin: [20, 22, 20, 12] },
    { ...wrappingText(t.summons), margin: [0, 0, 0, 12] },
    {
      table: {
        widths: [130, '*'],
        body: rows.map(([label, value]) => [
          { text: label, color: muted, fontSize: 9 },
          { ...wrappingText(value), bold: true },
        ]),
      },
      layout: 'lightHorizontalLines',
    },
    { text: t.rightsTitle, bold: true, fontSize: 11, color: accent, margin: [0, 18, 0, 6] },
    { ul: t.rights.map((r) => ({ text: r, margin: [0, 0, 0, 3] })), fontSize: 9.5 },
    { text: t.bring, margin: [0, 14, 0, 0] },
  ];
  return {
    pageSize: 'A4',
    pageMargins,
    language: lang,
    info: {
      title: t.title,
      author: input.profile.authority.name[lang],
      creator: 'Refugio',
      creationDate: input.issuedAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, color: ink, lineHeight: 1.15 },
    content,
    footer: (currentPage, pageCount) => ({
      margin: [pageMargins[0], 20, pageMargins[2], 0],
      fontSize: 7.5,
      color: muted,
      columns: [
        { width: '*', stack: [t.footer, wrappingText(`${t.documentId}: ${input.documentId}`)] },
        { width: 'auto', text: t.page(currentPage, pageCount), alignment: 'right' },
      ],
    }),
  };
}

/** The citatorio: date, time, place or means, interpreter language, the applicant's rights at the interview. */
export function renderInterviewNotice(input: InterviewNoticeInput, lang: DocumentLanguage): Promise<Buffer> {
  return renderPdf(definition(input, lang));
}
