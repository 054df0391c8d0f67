import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/fixtures/pdf-text';
import { jurisdictionOf } from '../countries/jurisdiction';
import { noticeLanguage, renderInterviewNotice, type InterviewNoticeInput } from './interview-notice.pdf';

const mex = jurisdictionOf('MEX').profile;

const input: InterviewNoticeInput = {
  profile: mex,
  caseNumber: 'COMAR-TAP-2026-000123',
  personName: 'Jean-Baptiste Pierre Louis',
  date: '2026-12-03',
  startTime: '09:00',
  endTime: '11:00',
  mode: 'in_person',
  office: { name: 'Oficina de Representación', city: 'Tapachula' },
  room: 'Sala 2',
  interpreterLanguage: 'hat',
  issuedAt: new Date('2026-11-20T16:00:00Z'),
  documentId: '0a6f9a47-2c1e-4f37-9a57-6f3f6f0d6c11',
};

const textOf = (pdf: Buffer) => pdfText(pdf, 'reading');

describe('the interview notice (citatorio)', () => {
  it('states date, time, place, interpreter language and the applicant’s rights in Spanish', async () => {
    const pdf = await renderInterviewNotice(input, 'es');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = textOf(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Citatorio a entrevista de elegibilidad');
    expect(text).toContain('Jean-Baptiste Pierre Louis');
    expect(text).toContain('COMAR-TAP-2026-000123');
    expect(text).toContain('03/12/2026');
    expect(text).toContain('09:00 – 11:00');
    expect(text).toContain('Sala 2 · Oficina de Representación, Tapachula');
    expect(text).toMatch(/Criollo haitiano|Haitian Creole|Haitiano/i);
    expect(text).toContain('mismo sexo');
    expect(text).toContain('representante legal');
    expect(text).toContain('confidencial');
    expect(text).not.toContain('Notice of eligibility interview');
  });

  it('names the remote means instead of a place', async () => {
    const text = textOf(await renderInterviewNotice({ ...input, mode: 'remote_video', room: null }, 'es'));
    expect(text).toContain('A distancia, por videollamada');
    expect(text).not.toContain('Tapachula');
  });

  it('is written in the interviewee’s language where a translation exists, else the official one', () => {
    expect(noticeLanguage(['hat', 'fra'], mex)).toBe('es');
    expect(noticeLanguage(['hat', 'eng', 'spa'], mex)).toBe('en');
    expect(noticeLanguage([], jurisdictionOf('BLZ').profile)).toBe('en');
  });
});
