import {
  languages,
  type ApplicantConfirmation,
  type Attendee,
  type CountryProfile,
  type InformationGiven,
  type InterviewRecordView,
  type TurnSpeaker,
} from '@refugio/contract';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatIsoDate, formatInstant } from './document-format';
import type { DocumentLanguage } from './document-labels';
import { renderPdf, wrappingText } from './render-pdf';

/** What the printed record (acta de entrevista) states: the confirmed record and its case. */
export interface InterviewRecordPrint {
  profile: CountryProfile;
  caseNumber: string;
  intervieweeName: string;
  record: InterviewRecordView;
  printedAt: Date;
}

interface RecordText {
  title: string;
  caseNumber: string;
  interviewee: string;
  date: string;
  time: string;
  officer: string;
  interpreter: string;
  noInterpreter: string;
  language: string;
  present: string;
  roles: Record<Attendee['role'], string>;
  informationTitle: string;
  information: Record<InformationGiven, string>;
  fitness: string;
  fit: string;
  notFit: string;
  observations: string;
  turnsTitle: string;
  speakers: Record<TurnSpeaker, string>;
  duringReadBack: string;
  readBackTitle: string;
  readBackAt: string;
  readBackLanguage: string;
  confirmation: string;
  confirmations: Record<ApplicantConfirmation, string>;
  remarks: string;
  confirmedBy: string;
  fingerprint: string;
  addendaTitle: string;
  addendum: (n: number, kind: string, author: string, date: string) => string;
  addendumKinds: Record<InterviewRecordView['addenda'][number]['kind'], string>;
  addendumConfirmation: string;
  notReadBack: string;
  footer: string;
  page: (n: number, of: number) => string;
}

const texts: Record<DocumentLanguage, RecordText> = {
  es: {
    title: 'Acta de entrevista de elegibilidad',
    caseNumber: 'Número de expediente',
    interviewee: 'Persona entrevistada',
    date: 'Fecha',
    time: 'Hora de inicio y de término',
    officer: 'Entrevistador(a)',
    interpreter: 'Intérprete',
    noInterpreter: 'Sin intérprete',
    language: 'Idioma de la entrevista',
    present: 'Personas presentes',
    roles: {
      applicant: 'Solicitante',
      dependant: 'Dependiente',
      officer: 'Entrevistador(a)',
      interpreter: 'Intérprete',
      representative: 'Representante legal',
      guardian: 'Tutor(a)',
      unhcr: 'ACNUR',
      witness: 'Testigo',
      other: 'Otra persona',
    },
    informationTitle: 'Información dada a la persona',
    information: {
      criteria: 'Criterios de la condición de refugiado',
      rights_and_duties: 'Derechos y obligaciones',
      procedure_and_appeal: 'Procedimiento y recurso',
      family_own_claim: 'Derecho de cada familiar a presentar su propia solicitud',
      confidentiality: 'Confidencialidad',
      same_sex_right: 'Derecho a entrevistador(a) e intérprete del mismo sexo',
      interpreter_role: 'Papel del intérprete',
      complaints: 'Cómo presentar una queja',
    },
    fitness: 'Condiciones para la entrevista',
    fit: 'La persona está en condiciones de ser entrevistada.',
    notFit: 'La persona no estaba en plenas condiciones de ser entrevistada.',
    observations: 'Observaciones',
    turnsTitle: 'Preguntas y respuestas',
    speakers: {
      officer: 'Entrevistador(a)',
      applicant: 'Solicitante',
      interpreter: 'Intérprete',
      representative: 'Representante',
      other: 'Otra persona',
    },
    duringReadBack: 'durante la lectura',
    readBackTitle: 'Lectura y confirmación',
    readBackAt: 'Se leyó el acta a la persona',
    readBackLanguage: 'Idioma de la lectura',
    confirmation: 'Respuesta de la persona',
    confirmations: {
      confirmed: 'Confirma el contenido',
      confirmed_with_corrections: 'Confirma con las correcciones señaladas',
      refused: 'No confirma el contenido',
    },
    remarks: 'Manifestaciones de la persona',
    confirmedBy: 'Confirmada por',
    fingerprint: 'Huella del contenido (SHA-256)',
    addendaTitle: 'Adendas',
    addendum: (n, kind, author, date) => `Adenda ${n} · ${kind} · ${author} · ${date}`,
    addendumKinds: {
      correction: 'Corrección',
      clarification: 'Aclaración',
      new_information: 'Información nueva',
      document: 'Documento',
    },
    addendumConfirmation: 'Leída a la persona',
    notReadBack: 'No se leyó a la persona',
    footer: 'Documento confidencial: contiene la declaración de una persona solicitante de asilo.',
    page: (n, of) => `Página ${n} de ${of}`,
  },
  en: {
    title: 'Record of eligibility interview',
    caseNumber: 'Case number',
    interviewee: 'Person interviewed',
    date: 'Date',
    time: 'Start and end time',
    officer: 'Interviewer',
    interpreter: 'Interpreter',
    noInterpreter: 'No interpreter',
    language: 'Language of the interview',
    present: 'Present',
    roles: {
      applicant: 'Applicant',
      dependant: 'Dependant',
      officer: 'Interviewer',
      interpreter: 'Interpreter',
      representative: 'Legal representative',
      guardian: 'Guardian',
      unhcr: 'UNHCR',
      witness: 'Witness',
      other: 'Other',
    },
    informationTitle: 'Information given to the person',
    information: {
      criteria: 'Refugee status criteria',
      rights_and_duties: 'Rights and duties',
      procedure_and_appeal: 'Procedure and appeal',
      family_own_claim: 'Each family member’s right to their own claim',
      confidentiality: 'Confidentiality',
      same_sex_right: 'The right to an interviewer and interpreter of one’s own sex',
      interpreter_role: 'The interpreter’s role',
      complaints: 'How to complain',
    },
    fitness: 'Fitness for interview',
    fit: 'The person was fit to be interviewed.',
    notFit: 'The person was not fully fit to be interviewed.',
    observations: 'Observations',
    turnsTitle: 'Questions and answers',
    speakers: {
      officer: 'Interviewer',
      applicant: 'Applicant',
      interpreter: 'Interpreter',
      representative: 'Representative',
      other: 'Other',
    },
    duringReadBack: 'during the read-back',
    readBackTitle: 'Read-back and confirmation',
    readBackAt: 'Read back to the person',
    readBackLanguage: 'Language of the read-back',
    confirmation: 'The person’s answer',
    confirmations: {
      confirmed: 'Confirms the content',
      confirmed_with_corrections: 'Confirms with the corrections noted',
      refused: 'Does not confirm the content',
    },
    remarks: 'The person’s remarks',
    confirmedBy: 'Confirmed by',
    fingerprint: 'Content fingerprint (SHA-256)',
    addendaTitle: 'Addenda',
    addendum: (n, kind, author, date) => `Addendum ${n} · ${kind} · ${author} · ${date}`,
    addendumKinds: {
      correction: 'Correction',
      clarification: 'Clarification',
      new_information: 'New information',
      document: 'Document',
    },
    addendumConfirmation: 'Read back to the person',
    notReadBack: 'Not read back to the person',
    footer: 'Confidential: the statement of a person seeking asylum.',
    page: (n, of) => `Page ${n} of ${of}`,
  },
};

/** The record's language: the country's first official language (English in Belize), else Spanish. */
export function recordLanguage(profile: CountryProfile): DocumentLanguage {
  return profile.officialLanguages[0] === 'eng' ? 'en' : 'es';
}

const languageName = (code: string, lang: DocumentLanguage) =>
  languages.find((l) => l.code === code)?.[lang] ?? code;

const ink = '#1a1a1a';
const muted = '#555555';
const accent = '#1f3a5f';
const pageMargins: [number, number, number, number] = [57, 50, 57, 64];

const heading = (text: string): Content => ({
  text,
  bold: true,
  fontSize: 11,
  color: accent,
  margin: [0, 14, 0, 6],
});

function definition(input: InterviewRecordPrint, lang: DocumentLanguage): TDocumentDefinitions {
  const t = texts[lang];
  const { record, profile } = input;
  const tz = profile.timeZone;
  const localTime = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: tz,
    }).format(new Date(iso));
  const when = (iso: string) => `${formatInstant(new Date(iso), tz)} ${localTime(iso)}`;
  const rows: [string, string][] = [
    [t.caseNumber, input.caseNumber],
    [t.interviewee, input.intervieweeName],
    [t.date, formatIsoDate(record.date)],
    [t.time, `${record.startTime} – ${record.endTime ?? '—'}`],
    [t.officer, record.officer.name],
    [t.interpreter, record.interpreter?.fullName ?? t.noInterpreter],
    [t.language, languageName(record.language, lang)],
  ];
  const table = (body: [string, string][]): Content => ({
    table: {
      widths: [150, '*'],
      body: body.map(([label, value]) => [
        { text: label, color: muted, fontSize: 9 },
        { ...wrappingText(value), bold: true },
      ]),
    },
    layout: 'lightHorizontalLines',
  });
  const content: Content[] = [
    { ...wrappingText(profile.authority.name[lang]), bold: true, fontSize: 13, color: accent },
    { text: t.title, bold: true, fontSize: 15, alignment: 'center', margin: [20, 18, 20, 12] },
    table(rows),
    heading(t.present),
    { ul: record.attendees.map((a) => wrappingText(`${a.name} (${t.roles[a.role]})`)) },
    heading(t.informationTitle),
    { ul: record.informationGiven.map((i) => t.information[i]) },
    heading(t.fitness),
    { text: record.fitness.fit ? t.fit : t.notFit },
    ...(record.fitness.notes ? [wrappingText(record.fitness.notes)] : []),
    ...(record.observations ? [heading(t.observations), wrappingText(record.observations)] : []),
    heading(t.turnsTitle),
    ...record.turns.map((turn): Content => ({
      margin: [0, 0, 0, 6],
      stack: [
        {
          text: `${turn.position}. ${t.speakers[turn.speaker]}${turn.duringReadBack ? ` (${t.duringReadBack})` : ''}`,
          bold: true,
          fontSize: 9,
          color: turn.speaker === 'officer' ? accent : ink,
        },
        wrappingText(turn.text),
      ],
    })),
    heading(t.readBackTitle),
    table([
      [t.readBackAt, record.readBackAt ? when(record.readBackAt) : '—'],
      [t.readBackLanguage, record.readBackLanguage ? languageName(record.readBackLanguage, lang) : '—'],
      [t.confirmation, record.applicantConfirmation ? t.confirmations[record.applicantConfirmation] : '—'],
      ...(record.applicantRemarks ? ([[t.remarks, record.applicantRemarks]] as [string, string][]) : []),
      [
        t.confirmedBy,
        record.confirmedBy && record.confirmedAt
          ? `${record.confirmedBy.name} · ${when(record.confirmedAt)}`
          : '—',
      ],
      [t.fingerprint, record.contentSha256 ?? '—'],
    ]),
  ];
  if (record.addenda.length > 0) {
    content.push(heading(t.addendaTitle));
    for (const a of record.addenda)
      content.push({
        margin: [0, 0, 0, 8],
        stack: [
          {
            text: t.addendum(a.position, t.addendumKinds[a.kind], a.author?.name ?? '—', when(a.createdAt)),
            bold: true,
            fontSize: 9,
          },
          wrappingText(a.text),
          {
            text: a.readBackAt
              ? `${t.addendumConfirmation}: ${when(a.readBackAt)}${
                  a.applicantConfirmation ? ` · ${t.confirmations[a.applicantConfirmation]}` : ''
                }`
              : t.notReadBack,
            fontSize: 8.5,
            color: muted,
          },
        ],
      });
  }
  return {
    pageSize: 'A4',
    pageMargins,
    language: lang,
    info: {
      title: `${t.title} ${input.caseNumber}`,
      author: profile.authority.name[lang],
      creator: 'Refugio',
      creationDate: input.printedAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, color: ink, lineHeight: 1.15 },
    content,
    footer: (currentPage, pageCount) => ({
      margin: [pageMargins[0], 20, pageMargins[2], 0],
      fontSize: 7.5,
      color: muted,
      columns: [
        { width: '*', stack: [t.footer, wrappingText(`${input.caseNumber} · ${record.id}`)] },
        { width: 'auto', text: t.page(currentPage, pageCount), alignment: 'right' },
      ],
    }),
  };
}

/** The acta: who was present, what was asked and answered, the read-back and confirmation, the addenda. */
export function renderInterviewRecord(input: InterviewRecordPrint, lang: DocumentLanguage): Promise<Buffer> {
  return renderPdf(definition(input, lang));
}
