import { fullName, type CountryProfile, type PersonView } from '@refugio/contract';
import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { countryName, formatInstant, formatIsoDate } from './document-format';
import {
  defaultDocumentLanguage,
  documentLabels,
  type DocumentLabels,
  type DocumentLanguage,
} from './document-labels';
import { renderPdf, wrappingText } from './render-pdf';

export interface ProofOfRegistrationInput {
  profile: CountryProfile;
  caseNumber: string;
  /** YYYY-MM-DD */
  applicationDate: string;
  office: { name: string; city: string };
  person: PersonView;
  issuedAt: Date;
  /** Printed small in the footer so a copy can be checked against the record, e.g. the person id. */
  documentId: string;
}

const ink = '#1a1a1a';
const muted = '#555555';
const rule = '#9aa5b1';
const accent = '#1f3a5f';

// A4 in points, with margins of about 2 cm; the photo box is the 35 × 45 mm passport-photo size.
const pageMargins: [number, number, number, number] = [57, 50, 57, 64];
const photo = { width: 99, height: 128 };
const a4Width = 595.28;
const contentWidth = a4Width - pageMargins[0] - pageMargins[2];

function roleText(person: PersonView, labels: DocumentLabels): string {
  if (person.role === 'principal') return labels.principal;
  // A dependant registered before relationships were required still gets a valid constancia.
  if (!person.relationship) return labels.dependant;
  return `${labels.dependant} (${labels.relationship[person.relationship][person.sex]})`;
}

function personRows(input: ProofOfRegistrationInput, lang: DocumentLanguage): [string, ContentText][] {
  const l = documentLabels[lang];
  const p = l.proofOfRegistration;
  const { person } = input;
  const birthDate = formatIsoDate(person.birthDate) + (person.birthDateEstimated ? ` ${p.estimated}` : '');
  const nationalities = person.nationalities.map((code) => countryName(code, lang)).join(', ');
  return [
    [p.fullName, { ...wrappingText(fullName(person)), bold: true, fontSize: 12 }],
    [p.sex, wrappingText(l.sex[person.sex])],
    [p.birthDate, wrappingText(birthDate)],
    [p.nationality, wrappingText(nationalities || l.notStated)],
    [p.role, wrappingText(roleText(person, l))],
    [p.caseNumber, { ...wrappingText(input.caseNumber), bold: true }],
    [p.applicationDate, wrappingText(formatIsoDate(input.applicationDate))],
    [p.office, wrappingText(`${input.office.name}, ${input.office.city}`)],
    [p.issuedOn, wrappingText(formatInstant(input.issuedAt, input.profile.timeZone))],
  ];
}

function header(profile: CountryProfile, lang: DocumentLanguage): Content {
  return {
    stack: [
      { ...wrappingText(profile.authority.name[lang]), bold: true, fontSize: 13, color: accent },
      { ...wrappingText(profile.name[lang]), fontSize: 10, color: muted, margin: [0, 2, 0, 0] },
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: 1.5, lineColor: accent }],
        margin: [0, 8, 0, 0],
      },
    ],
  };
}

function details(input: ProofOfRegistrationInput, lang: DocumentLanguage): Content {
  const body: TableCell[][] = personRows(input, lang).map(([label, value]) => [
    { text: label, color: muted, fontSize: 8.5, margin: [0, 2, 0, 0] },
    value,
  ]);
  const photoBox: Content = {
    table: {
      widths: [photo.width - 10],
      heights: [photo.height - 10],
      body: [
        [
          {
            text: documentLabels[lang].proofOfRegistration.photograph,
            color: muted,
            fontSize: 8.5,
            alignment: 'center',
            margin: [0, 52, 0, 0],
          },
        ],
      ],
    },
    layout: {
      hLineColor: () => muted,
      vLineColor: () => muted,
      hLineWidth: () => 0.75,
      vLineWidth: () => 0.75,
    },
  };
  return {
    columns: [
      {
        width: '*',
        table: { widths: [118, '*'], body, dontBreakRows: true },
        layout: {
          hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
          vLineWidth: () => 0,
          hLineColor: () => rule,
          paddingLeft: (i) => (i === 0 ? 0 : 6),
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
      { width: photo.width, stack: [photoBox] },
    ],
    columnGap: 18,
    margin: [0, 18, 0, 0],
  };
}

function signatures(lang: DocumentLanguage): Content {
  const p = documentLabels[lang].proofOfRegistration;
  const signatureLine = (caption: string): Content => ({
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.75, lineColor: ink }] },
      { text: caption, fontSize: 8, color: muted, margin: [0, 3, 0, 0] },
    ],
  });
  return {
    columns: [signatureLine(p.personSignature), signatureLine(p.officerSignature)],
    columnGap: 81,
    margin: [0, 48, 0, 0],
    unbreakable: true,
  };
}

function definition(input: ProofOfRegistrationInput, lang: DocumentLanguage): TDocumentDefinitions {
  const l = documentLabels[lang];
  const p = l.proofOfRegistration;
  return {
    pageSize: 'A4',
    pageMargins,
    language: lang,
    info: {
      title: p.title,
      author: input.profile.authority.name[lang],
      creator: 'Refugio',
      creationDate: input.issuedAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, color: ink, lineHeight: 1.15 },
    content: [
      header(input.profile, lang),
      { text: p.title, bold: true, fontSize: 15, alignment: 'center', margin: [20, 22, 20, 0] },
      details(input, lang),
      { text: p.rightsAndDuties, bold: true, fontSize: 11, color: accent, margin: [0, 24, 0, 8] },
      {
        ol: input.profile.rightsAndDuties[lang].map((item) => ({
          ...wrappingText(item),
          margin: [0, 0, 0, 3],
        })),
        fontSize: 9.5,
        separator: ['', '.'],
        markerColor: muted,
      },
      signatures(lang),
    ],
    // A long rights list can spill onto a second page; naming the person and case there keeps a loose
    // page from being filed with someone else's constancia.
    header: (currentPage) =>
      currentPage === 1
        ? null
        : {
            ...wrappingText(`${fullName(input.person)} · ${p.caseNumber}: ${input.caseNumber}`),
            margin: [pageMargins[0], 24, pageMargins[2], 0],
            fontSize: 7.5,
            color: muted,
            alignment: 'right',
          },
    footer: (currentPage, pageCount) => ({
      margin: [pageMargins[0], 20, pageMargins[2], 0],
      fontSize: 7.5,
      color: muted,
      columns: [
        {
          width: '*',
          stack: [l.footer.personalAndFree, wrappingText(`${l.footer.documentId}: ${input.documentId}`)],
        },
        { width: 'auto', text: l.footer.page(currentPage, pageCount), alignment: 'right' },
      ],
    }),
  };
}

/**
 * The constancia de registro: one per person in an application (principal and each dependant, LRPCAP
 * art. 22), in Spanish unless English is asked for. Every value is printed as plain text, so names and
 * free text can hold anything without being interpreted.
 */
export async function renderProofOfRegistration(
  input: ProofOfRegistrationInput,
  lang: DocumentLanguage = defaultDocumentLanguage,
): Promise<Buffer> {
  return renderPdf(definition(input, lang));
}
