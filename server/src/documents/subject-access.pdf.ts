import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { languages, type CountryProfile, type SubjectAccessExport } from '@refugio/contract';
import { renderPdf, wrappingText } from './render-pdf';
import { countryName, formatInstant, formatIsoDate } from './document-format';
import { documentLabels, type DocumentLanguage } from './document-labels';

/** The fixed wording of the subject access export, in the two document languages. */
const texts = {
  es: {
    title: 'Respuesta a la solicitud de acceso a datos personales',
    confidential: 'Confidencial',
    intro:
      'Este documento reúne todos los datos personales que la autoridad tiene sobre usted en el expediente indicado. ' +
      'Los datos de otras personas se omiten para proteger su privacidad.',
    withheld: '[Dato de tercero omitido]',
    generatedOn: 'Emitido el',
    sections: {
      personal: 'Datos personales',
      case: 'Expediente',
      others: 'Otras personas del expediente',
      needs: 'Necesidades específicas',
      consents: 'Consentimientos',
      disclosures: 'Comunicaciones de sus datos',
      interviews: 'Entrevistas',
      facts: 'Hechos valorados',
      decisions: 'Resoluciones',
      appeals: 'Recursos',
      documents: 'Documentos',
      events: 'Actuaciones del expediente',
      access: 'Accesos a su expediente',
      withheldSummary: 'Datos de terceros omitidos',
    },
    f: {
      name: 'Nombre completo',
      otherNames: 'Otros nombres',
      sex: 'Sexo',
      birthDate: 'Fecha de nacimiento',
      countryOfBirth: 'País de nacimiento',
      nationalities: 'Nacionalidades',
      countryOfOrigin: 'País de origen',
      languages: 'Idiomas',
      phone: 'Teléfono',
      address: 'Domicilio',
      documents: 'Documentos de identidad',
      role: 'Calidad en la solicitud',
      caseNumber: 'Número de expediente',
      office: 'Oficina',
      applicationDate: 'Fecha de solicitud',
      entry: 'Ingreso al país',
      stage: 'Etapa',
      outcome: 'Resultado',
      recipient: 'Destinatario',
      purpose: 'Finalidad',
      legalBasis: 'Base legal',
      consent: 'Consentimiento',
      date: 'Fecha',
      by: 'Por',
      place: 'Lugar',
      officer: 'Entrevistador',
      interpreter: 'Idioma de interpretación',
      attendees: 'Asistentes',
      remarks: 'Observaciones de la persona',
      finding: 'Valoración',
      notified: 'Notificada el',
      issued: 'Emitida el',
      none: 'Ninguno',
      actorRole: 'Función',
    },
    purposes: {
      unhcr: 'ACNUR',
      partner_referral: 'Referencia a servicios',
      resettlement: 'Reasentamiento',
      family_tracing: 'Búsqueda de familiares',
    },
    decisions: { given: 'Otorgado', refused: 'Rechazado', withdrawn: 'Retirado' },
    withheldKinds: {
      people: 'personas',
      interviews: 'entrevistas de otras personas',
      interviewTurns: 'intervenciones de terceros',
      attendees: 'asistentes',
      documents: 'documentos',
      events: 'actuaciones',
      decisions: 'resoluciones',
      facts: 'hechos de la solicitud principal',
    },
  },
  en: {
    title: 'Response to a subject access request',
    confidential: 'Confidential',
    intro:
      'This document gathers all the personal data the authority holds about you in the case named. ' +
      "Other people's data are left out to protect their privacy.",
    withheld: '[Third-party data withheld]',
    generatedOn: 'Issued on',
    sections: {
      personal: 'Personal data',
      case: 'Case',
      others: 'Other people of the case',
      needs: 'Specific needs',
      consents: 'Consents',
      disclosures: 'Disclosures of your data',
      interviews: 'Interviews',
      facts: 'Facts assessed',
      decisions: 'Decisions',
      appeals: 'Appeals',
      documents: 'Documents',
      events: 'Steps in the case',
      access: 'Access to your file',
      withheldSummary: 'Third-party data withheld',
    },
    f: {
      name: 'Full name',
      otherNames: 'Other names',
      sex: 'Sex',
      birthDate: 'Date of birth',
      countryOfBirth: 'Country of birth',
      nationalities: 'Nationalities',
      countryOfOrigin: 'Country of origin',
      languages: 'Languages',
      phone: 'Telephone',
      address: 'Address',
      documents: 'Identity documents',
      role: 'Role in the application',
      caseNumber: 'Case number',
      office: 'Office',
      applicationDate: 'Application date',
      entry: 'Entry into the country',
      stage: 'Stage',
      outcome: 'Outcome',
      recipient: 'Recipient',
      purpose: 'Purpose',
      legalBasis: 'Legal basis',
      consent: 'Consent',
      date: 'Date',
      by: 'By',
      place: 'Place',
      officer: 'Interviewer',
      interpreter: 'Interpretation language',
      attendees: 'Attendees',
      remarks: "The person's remarks",
      finding: 'Finding',
      notified: 'Notified on',
      issued: 'Issued on',
      none: 'None',
      actorRole: 'Role',
    },
    purposes: {
      unhcr: 'UNHCR',
      partner_referral: 'Referral to services',
      resettlement: 'Resettlement',
      family_tracing: 'Family tracing',
    },
    decisions: { given: 'Given', refused: 'Refused', withdrawn: 'Withdrawn' },
    withheldKinds: {
      people: 'people',
      interviews: "other people's interviews",
      interviewTurns: 'third-party statements',
      attendees: 'attendees',
      documents: 'documents',
      events: 'case steps',
      decisions: 'decisions',
      facts: "facts of the principal's claim",
    },
  },
} as const;

const ink = '#1a1a1a';
const muted = '#555555';
const accent = '#1f3a5f';
const pageMargins: [number, number, number, number] = [57, 64, 57, 64];

const languageName = (code: string, lang: DocumentLanguage) =>
  languages.find((l) => l.code === code)?.[lang] ?? code;

/** What the PDF reads from the country profile: its clock and the names of stages and outcomes. */
export type SubjectAccessProfile = Pick<CountryProfile, 'timeZone' | 'procedure'>;

function definition(x: SubjectAccessExport, profile: SubjectAccessProfile): TDocumentDefinitions {
  const { timeZone } = profile;
  const lang: DocumentLanguage = x.language;
  // The profile's names of the procedure's stages and outcomes; the JSON export keeps the codes.
  const named = (list: readonly { id: string; name: Record<DocumentLanguage, string> }[], id: string) =>
    list.find((entry) => entry.id === id)?.name[lang] ?? id;
  const stageName = (id: string) => named(profile.procedure.stages, id);
  const outcomeName = (id: string | null) => (id === null ? '—' : named(profile.procedure.outcomes, id));
  const t = texts[lang];
  const labels = documentLabels[lang];
  const day = (iso: string) => formatInstant(new Date(iso), timeZone);
  const countries = (codes: readonly string[]) => codes.map((c) => countryName(c, lang)).join(', ');
  // A new object each time: pdfmake annotates the content it lays out, so one shared node prints once.
  const withheld = () => ({ text: t.withheld, italics: true, color: muted });
  const s = x.subject;

  const heading = (text: string): Content => ({
    text,
    bold: true,
    fontSize: 11.5,
    color: accent,
    margin: [0, 14, 0, 5],
  });
  const fields = (rows: [string, string | Content][]): Content => ({
    table: {
      widths: [140, '*'],
      body: rows.map(([label, value]) => [
        { text: label, color: muted, fontSize: 9 },
        typeof value === 'string' ? wrappingText(value) : value,
      ]),
    },
    layout: 'lightHorizontalLines',
  });
  const table = (header: string[], rows: (string | Content)[][]): Content =>
    rows.length === 0
      ? { text: t.f.none, color: muted, fontSize: 9 }
      : {
          table: {
            headerRows: 1,
            widths: header.map(() => '*'),
            body: [
              header.map((h) => ({ text: h, bold: true, fontSize: 8.5, color: muted })),
              ...rows.map((r) =>
                r.map((c) => (typeof c === 'string' ? { ...wrappingText(c), fontSize: 8.5 } : c)),
              ),
            ],
          },
          layout: 'lightHorizontalLines',
        };

  const personRole = (role: 'principal' | 'dependant', relationship: string | null, sex = 'X' as const) =>
    role === 'principal'
      ? labels.principal
      : relationship && relationship in labels.relationship
        ? labels.relationship[relationship as keyof typeof labels.relationship][sex]
        : labels.dependant;

  const content: Content[] = [
    { text: t.title, bold: true, fontSize: 15, alignment: 'center', margin: [20, 4, 20, 10] },
    { ...wrappingText(t.intro), fontSize: 9.5, margin: [0, 0, 0, 4] },

    heading(t.sections.personal),
    fields([
      [t.f.name, [s.givenNames, s.firstSurname, s.secondSurname].filter(Boolean).join(' ')],
      [t.f.otherNames, s.otherNames.join(', ') || '—'],
      [t.f.role, personRole(s.role, s.relationship)],
      [t.f.sex, labels.sex[s.sex as keyof typeof labels.sex] ?? s.sex],
      [
        t.f.birthDate,
        formatIsoDate(s.birthDate) + (s.birthDateEstimated ? ` ${labels.proofOfRegistration.estimated}` : ''),
      ],
      [t.f.countryOfBirth, countryName(s.countryOfBirth, lang)],
      [t.f.nationalities, countries(s.nationalities)],
      [t.f.countryOfOrigin, countryName(s.countryOfOrigin, lang)],
      [t.f.languages, s.languages.map((l) => languageName(l, lang)).join(', ')],
      [t.f.phone, s.phone || '—'],
      [t.f.address, s.address || '—'],
      [
        t.f.documents,
        s.identityDocuments
          .map((d) => `${d.type} ${d.number} (${countryName(d.issuingCountry, lang)})`)
          .join('; ') || '—',
      ],
    ]),

    heading(t.sections.case),
    fields([
      [t.f.caseNumber, x.case.caseNumber],
      [t.f.office, x.case.office.name],
      [t.f.applicationDate, formatIsoDate(x.case.applicationDate)],
      [t.f.entry, `${formatIsoDate(x.case.entryDate)} — ${x.case.entryPlace}`],
      [t.f.stage, stageName(x.case.stage)],
      [t.f.outcome, outcomeName(x.case.outcome)],
    ]),

    heading(t.sections.others),
    table(
      [t.f.role, t.f.name, t.f.birthDate],
      x.otherPeople.map((p) => [personRole(p.role, p.relationship), withheld(), withheld()]),
    ),

    heading(t.sections.needs),
    table(
      ['', ''],
      s.specificNeeds.map((n) => [n.code, n.label]),
    ),

    heading(t.sections.consents),
    table(
      [t.f.purpose, t.f.consent, t.f.date, t.f.by],
      x.consents.map((c) => [
        t.purposes[c.purpose],
        t.decisions[c.decision],
        formatIsoDate(c.expressedOn),
        c.recordedBy ?? '—',
      ]),
    ),

    heading(t.sections.disclosures),
    table(
      [t.f.recipient, t.f.purpose, t.f.legalBasis, t.f.date],
      x.disclosures.map((d) => [d.recipient.name, t.purposes[d.purpose], t.f.consent, day(d.disclosedAt)]),
    ),

    heading(t.sections.interviews),
    ...(x.interviews.length === 0
      ? [{ text: t.f.none, color: muted, fontSize: 9 } as Content]
      : x.interviews.flatMap((i): Content[] => [
          fields([
            [t.f.date, `${day(i.startsAt)} (${i.status})`],
            [t.f.place, i.place ?? i.mode],
            [t.f.officer, i.officer],
            [t.f.interpreter, i.interpreterLanguage ? languageName(i.interpreterLanguage, lang) : '—'],
            ...(i.record
              ? ([
                  [
                    t.f.attendees,
                    {
                      text: i.record.attendees.flatMap((a, n) => [
                        ...(n > 0 ? ['; '] : []),
                        `${a.role}: `,
                        a.withheld ? withheld() : (a.name ?? ''),
                      ]),
                    },
                  ],
                ] as [string, Content][])
              : []),
          ]),
          ...(i.record
            ? [
                {
                  margin: [0, 4, 0, 4],
                  stack: i.record.turns.map((turn) => ({
                    margin: [0, 0, 0, 3],
                    fontSize: 9,
                    text: [
                      { text: `${turn.speaker}: `, bold: true },
                      turn.withheld ? withheld() : (turn.text ?? ''),
                    ],
                  })),
                } as Content,
                ...(i.record.applicantRemarks ? [fields([[t.f.remarks, i.record.applicantRemarks]])] : []),
              ]
            : []),
        ])),

    ...(x.assessmentFacts.length > 0
      ? [
          heading(t.sections.facts),
          table(
            ['', t.f.finding, ''],
            x.assessmentFacts.map((f) => [f.statement, f.finding, f.reasons]),
          ),
        ]
      : []),

    heading(t.sections.decisions),
    table(
      [t.f.outcome, t.f.issued, t.f.notified],
      x.decisions.map((d) => [
        d.outcome ? outcomeName(d.outcome) : d.status,
        d.issuedOn ? formatIsoDate(d.issuedOn) : '—',
        d.notifiedOn.map(formatIsoDate).join(', ') || '—',
      ]),
    ),

    heading(t.sections.appeals),
    table(
      [t.f.date, t.f.stage, t.f.outcome],
      x.appeals.map((a) => [formatIsoDate(a.filedOn), a.status, outcomeName(a.outcome)]),
    ),

    heading(t.sections.documents),
    table(
      [t.f.name, '', t.f.date],
      x.documents.map((d) => [d.fileName, d.category, day(d.uploadedAt)]),
    ),

    heading(t.sections.events),
    table(
      [t.f.date, '', t.f.by],
      x.events.map((e) => [day(e.occurredAt), e.type, e.by ?? '—']),
    ),

    heading(t.sections.access),
    table(
      [t.f.date, '', t.f.actorRole, t.f.office],
      x.accessLog.map((a) => [day(a.occurredAt), a.action, a.role ?? '—', a.office ?? '—']),
    ),

    heading(t.sections.withheldSummary),
    {
      fontSize: 9,
      text: [
        { text: t.withheld, italics: true },
        `  ${
          Object.entries(x.withheld)
            .filter(([, n]) => n > 0)
            .map(([k, n]) => `${t.withheldKinds[k as keyof typeof t.withheldKinds]}: ${n}`)
            .join(' · ') || t.f.none
        }`,
      ],
    },
  ];

  return {
    pageSize: 'A4',
    pageMargins,
    language: lang,
    info: {
      title: t.title,
      author: x.authority.name,
      creator: 'Refugio',
      creationDate: new Date(x.generatedAt),
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, color: ink, lineHeight: 1.15 },
    header: () => ({
      margin: [pageMargins[0], 24, pageMargins[2], 0],
      columns: [
        { ...wrappingText(x.authority.name), width: '*', bold: true, fontSize: 10, color: accent },
        { text: t.confidential.toUpperCase(), width: 'auto', bold: true, fontSize: 9, color: '#8b1a1a' },
      ],
    }),
    content,
    footer: (currentPage, pageCount) => ({
      margin: [pageMargins[0], 20, pageMargins[2], 0],
      fontSize: 7.5,
      color: muted,
      columns: [
        { width: '*', text: `${x.case.caseNumber} · ${t.generatedOn} ${day(x.generatedAt)}` },
        { width: 'auto', text: labels.footer.page(currentPage, pageCount), alignment: 'right' },
      ],
    }),
  };
}

/** The subject access export as a readable PDF, in the export's language; A4, every page numbered. */
export function renderSubjectAccess(x: SubjectAccessExport, profile: SubjectAccessProfile): Promise<Buffer> {
  return renderPdf(definition(x, profile));
}
