import { loadCountryProfile } from '../countries/country-profile.loader';
import { CountryProfile, fullName, type PersonView } from '@refugio/contract';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/fixtures/pdf-text';
import { formatInstant, formatIsoDate } from './document-format';
import { renderProofOfRegistration, type ProofOfRegistrationInput } from './proof-of-registration.pdf';

// A local profile rather than countries/MEX.json: the test is about the document, not about Mexico's data.
const profile = CountryProfile.parse({
  code: 'MEX',
  name: { es: 'México', en: 'Mexico' },
  timeZone: 'America/Mexico_City',
  officialLanguages: ['spa'],
  authority: {
    name: { es: 'Comisión Mexicana de Ayuda a Refugiados', en: 'Mexican Commission for Refugee Assistance' },
    acronym: 'COMAR',
  },
  decidingBodies: [{ role: 'first_instance', name: { es: 'COMAR', en: 'COMAR' } }],
  legalBases: [{ title: 'LRPCAP', citation: 'LRPCAP art. 22', source: 'test fixture' }],
  definitions: {
    convention1951: { status: 'unknown', note: 'test fixture' },
    cartagena: { status: 'unknown', note: 'test fixture' },
    genderGround: { status: 'unknown', note: 'test fixture' },
    complementaryProtection: { status: 'unknown', note: 'test fixture' },
  },
  eligibility: {
    otherGrounds: [],
    complementaryProtection: { status: 'unknown', note: 'test fixture' },
    interview: {
      inPerson: { status: 'unknown', note: 'test fixture' },
      remote: { status: 'unknown', note: 'test fixture' },
      sameSexRequest: { status: 'unknown', note: 'test fixture' },
      interpreterConfidentiality: { status: 'unknown', note: 'test fixture' },
    },
    notification: { status: 'unknown', note: 'test fixture' },
    appealRemedy: { status: 'unknown', note: 'test fixture' },
  },
  filingWindow: { status: 'unknown', note: 'test fixture' },
  caseNumber: { pattern: '{prefix}-{office}-{year}-{seq:6}', prefix: 'COMAR', note: 'test fixture' },
  procedure: loadCountryProfile('MEX').procedure,
  triage: loadCountryProfile('MEX').triage,
  rightsAndDuties: {
    es: [
      'Derecho a no ser devuelto al país donde su vida corre peligro.',
      'Obligación de presentarse cada semana.',
    ],
    en: ['Right not to be returned to a country where your life is at risk.', 'Duty to report every week.'],
  },
  rightsAndDutiesSource: 'test fixture',
});

const person: PersonView = {
  id: '0a6f9a47-2c1e-4f37-9a57-6f3f6f0d6c11',
  role: 'principal',
  relationship: null,
  givenNames: 'José',
  firstSurname: 'Ñúñez',
  secondSurname: 'Pérez',
  otherNames: [],
  sex: 'M',
  birthDate: '1987-04-09',
  birthDateEstimated: false,
  countryOfBirth: 'HND',
  nationalities: ['HND', 'VEN'],
  countryOfOrigin: 'HND',
  languages: ['spa'],
  needsInterpreter: false,
  phone: '',
  address: '',
  documents: [],
  specificNeeds: [],
};

const input: ProofOfRegistrationInput = {
  profile,
  caseNumber: 'COMAR-TAP-2026-000123',
  applicationDate: '2026-03-02',
  office: { name: 'Oficina de Representación', city: 'Tapachula' },
  person,
  // 04:30 UTC on the 10th is still the evening of the 9th in Mexico City.
  issuedAt: new Date('2026-03-10T04:30:00Z'),
  documentId: person.id,
};

const spanishTitle = 'Constancia de registro de solicitud de la condición de refugiado';
const englishTitle = 'Proof of registration of an application for refugee status';

const textOf = (pdf: Buffer) => pdfText(pdf, 'reading');

describe('renderProofOfRegistration', () => {
  it('prints the person, the case and the Spanish wording, with accents intact', async () => {
    const pdf = await renderProofOfRegistration(input, 'es');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = textOf(pdf);

    expect(text).toContain('José Ñúñez Pérez');
    expect(text).toContain('COMAR-TAP-2026-000123');
    expect(text).toContain('09/04/1987');
    expect(text).toContain('02/03/2026');
    expect(text).toContain('09/03/2026');
    expect(text).toContain('Honduras, Venezuela');
    expect(text).toContain('Hombre');
    expect(text).toContain('Solicitante principal');
    expect(text).toContain('Oficina de Representación, Tapachula');
    expect(text).toContain('Comisión Mexicana de Ayuda a Refugiados');
    expect(text).toContain('Obligación de presentarse cada semana.');
    expect(text).toContain('Fotografía');
    expect(text).toContain(person.id);
    expect(text).toContain('personal y su expedición es gratuita');
    expect(text).toContain(spanishTitle);
    expect(text).not.toContain(englishTitle);
    expect(text).not.toContain('Duty to report every week.');
  });

  it('prints the English wording and English country names when asked', async () => {
    const text = textOf(await renderProofOfRegistration(input, 'en'));

    expect(text).toContain('José Ñúñez Pérez');
    expect(text).toContain('COMAR-TAP-2026-000123');
    expect(text).toContain('09/04/1987');
    expect(text).toContain('Mexican Commission for Refugee Assistance');
    expect(text).toContain('Duty to report every week.');
    expect(text).toContain('Photograph');
    expect(text).toContain(englishTitle);
    expect(text).not.toContain(spanishTitle);
    expect(text).not.toContain('Obligación de presentarse');
  });

  it('defaults to Spanish', async () => {
    expect(textOf(await renderProofOfRegistration(input))).toContain(spanishTitle);
  });

  it('names a dependant’s relationship in the words of the chosen language and marks an estimated birth date', async () => {
    const daughter: PersonView = {
      ...person,
      role: 'dependant',
      relationship: 'child',
      givenNames: 'María Inés',
      sex: 'F',
      birthDateEstimated: true,
    };
    const es = textOf(await renderProofOfRegistration({ ...input, person: daughter }, 'es'));
    expect(es).toContain('Dependiente (hija)');
    expect(es).toContain('09/04/1987 (estimada)');
    const en = textOf(await renderProofOfRegistration({ ...input, person: daughter }, 'en'));
    expect(en).toContain('Dependant (daughter)');
    expect(en).toContain('09/04/1987 (estimated)');
  });

  it('prints markup- and SQL-looking text literally and wraps a very long name', async () => {
    const longSurname = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(4);
    const hostile: PersonView = {
      ...person,
      givenNames: "<b>Ana</b> <script>alert(1)</script> Robert'); DROP TABLE person;-- Lucía",
      firstSurname: longSurname,
      secondSurname: 'de la Santísima Trinidad y todos los Santos del Cielo y de la Tierra',
    };
    const text = textOf(await renderProofOfRegistration({ ...input, person: hostile }, 'es'));
    // Compared with whitespace collapsed because the name is long enough to wrap onto a second line.
    expect(text.replace(/\s+/g, ' ')).toContain(hostile.givenNames);
    expect(text.replace(/\s+/g, '')).toContain(longSurname);
    // pdftotext drops text outside the page: an unwrapped name widens its table and pushes the photo box off.
    expect(text).toContain('Fotografía');
    expect(text).toContain('Página 1 de 1');
  });

  it('names the person and case on a continuation page when the rights list is long', async () => {
    const items = Array.from(
      { length: 40 },
      (_, i) => `Derecho u obligación número ${i + 1}, explicado en detalle.`,
    );
    const longProfile: CountryProfile = { ...profile, rightsAndDuties: { es: items, en: items } };
    const text = textOf(await renderProofOfRegistration({ ...input, profile: longProfile }, 'es'));
    expect(text).toContain('Página 2 de 2');
    expect(text).toContain('José Ñúñez Pérez · Número de expediente: COMAR-TAP-2026-000123');
  });
});

describe('document formatting', () => {
  it('rearranges an ISO date without a time-zone shift', () => {
    expect(formatIsoDate('2026-01-01')).toBe('01/01/2026');
  });

  it('refuses a value that is not an ISO date', () => {
    expect(() => formatIsoDate('01/01/2026')).toThrow();
  });

  it('dates an instant on the authority’s calendar', () => {
    const instant = new Date('2026-03-10T04:30:00Z');
    expect(formatInstant(instant, 'America/Mexico_City')).toBe('09/03/2026');
    expect(formatInstant(instant, 'UTC')).toBe('10/03/2026');
  });

  it('joins names without doubled spaces when a surname is missing', () => {
    expect(fullName({ givenNames: ' Ana\nLucía ', firstSurname: 'Díaz', secondSurname: '' })).toBe(
      'Ana Lucía Díaz',
    );
  });
});
