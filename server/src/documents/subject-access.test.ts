import { describe, expect, it } from 'vitest';
import type { SubjectAccessExport } from '@refugio/contract';
import { pdfText } from '../../test/fixtures/pdf-text';
import { jurisdictionOf } from '../countries/jurisdiction';
import { renderSubjectAccess } from './subject-access.pdf';

const mexico = jurisdictionOf('MEX').profile;

/** An export as the presenter makes it, with many interview turns so that it runs over pages. */
function sampleExport(language: 'es' | 'en' = 'es'): SubjectAccessExport {
  return {
    format: 'refugio.subject-access/1',
    generatedAt: '2026-11-20T16:00:00.000Z',
    language,
    authority: { country: 'MEX', name: 'Comisión Mexicana de Ayuda a Refugiados' },
    subject: {
      personId: '0a6f9a47-2c1e-4f37-9a57-6f3f6f0d6c11',
      role: 'principal',
      relationship: null,
      givenNames: 'José Ángel',
      firstSurname: 'Pérez',
      secondSurname: 'Núñez',
      otherNames: [],
      sex: 'M',
      birthDate: '1988-04-12',
      birthDateEstimated: false,
      countryOfBirth: 'HND',
      nationalities: ['HND'],
      countryOfOrigin: 'HND',
      languages: ['spa'],
      needsInterpreter: false,
      phone: '+52 962 123 4567',
      address: 'Calle 5 de Mayo 12, Tapachula',
      identityDocuments: [{ type: 'national_id', number: '0801-1988-01234', issuingCountry: 'HND' }],
      specificNeeds: [{ code: 'LP-RR', label: 'Riesgo de devolución' }],
    },
    case: {
      caseNumber: 'COMAR-TAP-2026-000123',
      office: { code: 'TAP', name: 'Oficina de Representación en Tapachula' },
      applicationDate: '2026-11-10',
      entryDate: '2026-11-02',
      entryPlace: 'Ciudad Hidalgo, Chiapas',
      registeredAt: '2026-11-10T15:00:00.000Z',
      status: 'open',
      stage: 'assessment',
      outcome: null,
    },
    otherPeople: [{ role: 'dependant', relationship: 'spouse', withheld: true }],
    consents: [],
    disclosures: [],
    interviews: [
      {
        startsAt: '2026-11-18T15:00:00.000Z',
        endsAt: '2026-11-18T17:00:00.000Z',
        status: 'held',
        mode: 'in_person',
        place: 'Tapachula — Sala 1',
        officer: 'Lic. Elena Ruiz',
        interpreterLanguage: null,
        record: {
          status: 'confirmed',
          attendees: [
            { role: 'applicant', name: 'José Ángel Pérez Núñez', withheld: false },
            { role: 'dependant', name: null, withheld: true },
          ],
          turns: Array.from({ length: 80 }, (_, i) =>
            i % 5 === 4
              ? { position: i, speaker: 'other', text: null, withheld: true }
              : {
                  position: i,
                  speaker: i % 2 ? 'applicant' : 'officer',
                  text: `Turno ${i} de la entrevista.`,
                  withheld: false,
                },
          ),
          applicantRemarks: '',
        },
      },
    ],
    assessmentFacts: [],
    decisions: [],
    appeals: [],
    documents: [],
    events: [{ type: 'application_registered', occurredAt: '2026-11-10T15:00:00.000Z', by: 'Lic. Ruiz' }],
    accessLog: [
      { action: 'case.read', occurredAt: '2026-11-12T15:00:00.000Z', role: 'supervisor', office: 'TAP' },
    ],
    withheld: {
      people: 1,
      interviews: 0,
      interviewTurns: 16,
      attendees: 1,
      documents: 0,
      events: 0,
      decisions: 0,
      facts: 0,
    },
  };
}

describe('subject access PDF', () => {
  it('prints the subject, the case, the authority, "Confidencial" and the marker where a third party was', async () => {
    const text = pdfText(await renderSubjectAccess(sampleExport(), mexico), '-raw');
    expect(text).toContain('Comisión Mexicana de Ayuda a Refugiados');
    expect(text).toContain('CONFIDENCIAL');
    expect(text).toContain('José Ángel Pérez Núñez');
    expect(text).toContain('COMAR-TAP-2026-000123');
    expect(text).toContain('12/04/1988');
    expect(text).toContain('[Dato de tercero omitido]');
    // The stage by the country profile's name, not its code.
    expect(text).toContain('En análisis');
    expect(text).not.toMatch(/\bassessment\b/);
  });

  it('numbers every page "Página x de y"', async () => {
    const text = pdfText(await renderSubjectAccess(sampleExport(), mexico), '-raw');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${pages.length}`));
  });

  it('speaks English when asked', async () => {
    const text = pdfText(await renderSubjectAccess(sampleExport('en'), mexico), '-raw');
    expect(text).toContain('[Third-party data withheld]');
    expect(text).toContain('CONFIDENTIAL');
    expect(text).toContain('Page 1 of');
    expect(text).not.toContain('Dato de tercero');
  });
});
