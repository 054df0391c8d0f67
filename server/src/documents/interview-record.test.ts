import { describe, expect, it } from 'vitest';
import type { InterviewRecordView } from '@refugio/contract';
import { pdfText } from '../../test/fixtures/pdf-text';
import { jurisdictionOf } from '../countries/jurisdiction';
import { recordLanguage, renderInterviewRecord, type InterviewRecordPrint } from './interview-record.pdf';

const mex = jurisdictionOf('MEX').profile;
const officer = { id: '0f7c2a8e-1b2c-4d3e-8f9a-0b1c2d3e4f50', name: 'Tomás Aguilar Peña' };

const record: InterviewRecordView = {
  id: '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11',
  interviewId: '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e12',
  caseId: '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e13',
  date: '2026-12-03',
  language: 'hat',
  officer,
  interpreter: { id: '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e14', fullName: 'Marie-Claude Joseph' },
  startTime: '09:05',
  endTime: '11:40',
  attendees: [
    { role: 'applicant', name: 'Jean-Baptiste Pierre Louis' },
    { role: 'officer', name: officer.name },
    { role: 'interpreter', name: 'Marie-Claude Joseph' },
  ],
  informationGiven: ['criteria', 'confidentiality', 'same_sex_right'],
  fitness: { fit: true, notes: '' },
  observations: '',
  status: 'confirmed',
  // 11:30 and 11:40 in Mexico City.
  readBackAt: '2026-12-03T17:30:00.000Z',
  readBackLanguage: 'hat',
  applicantConfirmation: 'confirmed_with_corrections',
  applicantRemarks: 'Precisa que salió de Puerto Príncipe el 14 de marzo, no el 4.',
  confirmedAt: '2026-12-03T17:40:00.000Z',
  confirmedBy: officer,
  contentSha256: 'a3f5c2d9e8b7a6f5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1',
  turns: [
    { id: '1', position: 1, speaker: 'officer', text: '¿Por qué salió de su país?', duringReadBack: false },
    {
      id: '2',
      position: 2,
      speaker: 'applicant',
      text: 'Una banda armada quemó mi casa en Martissant y amenazó a mi familia.',
      duringReadBack: false,
    },
    { id: '3', position: 3, speaker: 'applicant', text: 'Salí el 14 de marzo.', duringReadBack: true },
  ],
  addenda: [
    {
      id: '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e15',
      position: 1,
      kind: 'document',
      text: 'Presenta copia de la denuncia ante la Policía Nacional de Haití.',
      author: officer,
      readBackAt: '2026-12-10T16:00:00.000Z',
      applicantConfirmation: 'confirmed',
      createdAt: '2026-12-10T15:50:00.000Z',
    },
  ],
  version: 4,
  canEdit: false,
  canConfirm: false,
  canAddAddendum: false,
};

const input: InterviewRecordPrint = {
  profile: mex,
  caseNumber: 'COMAR-TAP-2026-000123',
  intervieweeName: 'Jean-Baptiste Pierre Louis',
  record,
  printedAt: new Date('2026-12-11T16:00:00Z'),
};

describe('the interview record (acta) as PDF', () => {
  it('states the case, times, who was present, the turns, the read-back, confirmation and addenda', async () => {
    const pdf = await renderInterviewRecord(input, recordLanguage(mex));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf, 'reading').replace(/\s+/g, ' ');
    for (const expected of [
      'Acta de entrevista de elegibilidad',
      'COMAR-TAP-2026-000123',
      'Jean-Baptiste Pierre Louis',
      '03/12/2026',
      '09:05 – 11:40',
      'Marie-Claude Joseph',
      'Marie-Claude Joseph (Intérprete)',
      'Confidencialidad',
      '1. Entrevistador(a)',
      '¿Por qué salió de su país?',
      '2. Solicitante',
      'Una banda armada quemó mi casa en Martissant',
      '3. Solicitante (durante la lectura)',
      'Lectura y confirmación',
      '03/12/2026 11:30',
      'Confirma con las correcciones señaladas',
      'salió de Puerto Príncipe el 14 de marzo',
      'Tomás Aguilar Peña · 03/12/2026 11:40',
      'Adenda 1 · Documento · Tomás Aguilar Peña · 10/12/2026 09:50',
      'Presenta copia de la denuncia',
      'Leída a la persona: 10/12/2026 10:00 · Confirma el contenido',
    ])
      expect(text).toContain(expected);
    // The fingerprint may wrap anywhere: it is whole once the line breaks are gone.
    expect(text.replace(/\s/g, '')).toContain(record.contentSha256);
    expect(text).toMatch(/Criollo haitiano|Haitiano/i);
    expect(text).not.toContain('Record of eligibility interview');
  });

  it('is in English where English is the official language (Belize)', async () => {
    const bze = jurisdictionOf('BLZ').profile;
    expect(recordLanguage(bze)).toBe('en');
    const pdf = await renderInterviewRecord(
      { ...input, profile: bze, record: { ...record, addenda: [] } },
      'en',
    );
    const text = pdfText(pdf, 'reading').replace(/\s+/g, ' ');
    expect(text).toContain('Record of eligibility interview');
    expect(text).toContain('Questions and answers');
    expect(text).not.toContain('Adenda');
  });
});
