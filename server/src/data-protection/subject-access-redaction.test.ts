import { describe, expect, it } from 'vitest';
import { documentConcerns, eventConcerns, redactAttendees, redactTurns } from './subject-access-redaction';

const me = '00000000-0000-4000-8000-000000000001';
const spouse = '00000000-0000-4000-8000-000000000002';

describe('redactTurns', () => {
  it('keeps what the subject, their representative and the officials said', () => {
    const out = redactTurns([
      { position: 0, speaker: 'officer', text: '¿Por qué salió de su país?' },
      { position: 1, speaker: 'applicant', text: 'Me amenazaron.' },
      { position: 2, speaker: 'interpreter', text: 'They threatened me.' },
      { position: 3, speaker: 'representative', text: 'Aporto constancia.' },
    ]);
    expect(out.every((t) => !t.withheld)).toBe(true);
    expect(out.map((t) => t.text)).toEqual([
      '¿Por qué salió de su país?',
      'Me amenazaron.',
      'They threatened me.',
      'Aporto constancia.',
    ]);
  });

  it('withholds the words of anyone else in a joint interview, keeping their place', () => {
    const out = redactTurns([
      { position: 0, speaker: 'applicant', text: 'Mi esposa estaba conmigo.' },
      { position: 1, speaker: 'other', text: 'Yo vi cuando lo golpearon en Tegucigalpa.' },
    ]);
    expect(out[1]).toEqual({ position: 1, speaker: 'other', text: null, withheld: true });
    expect(JSON.stringify(out)).not.toContain('Tegucigalpa');
  });
});

describe('redactAttendees', () => {
  it('names the subject and the officials, not relatives, guardians or witnesses', () => {
    const out = redactAttendees([
      { role: 'applicant', name: 'Ana López' },
      { role: 'officer', name: 'Lic. Ruiz' },
      { role: 'dependant', name: 'Mario López' },
      { role: 'guardian', name: 'Rosa Pérez' },
      { role: 'witness', name: 'Juan Gómez' },
    ]);
    expect(out.map((a) => a.name)).toEqual(['Ana López', 'Lic. Ruiz', null, null, null]);
    expect(out.filter((a) => a.withheld).map((a) => a.role)).toEqual(['dependant', 'guardian', 'witness']);
  });
});

describe('eventConcerns', () => {
  it('an event about the whole case concerns everyone in it', () => {
    expect(eventConcerns({ stage: 'eligibility' }, me)).toBe(true);
  });
  it('an event naming people concerns only them', () => {
    expect(eventConcerns({ personId: me }, me)).toBe(true);
    expect(eventConcerns({ personId: spouse }, me)).toBe(false);
    expect(eventConcerns({ personIds: [spouse] }, me)).toBe(false);
    expect(eventConcerns({ personIds: [spouse, me] }, me)).toBe(true);
  });
});

describe('documentConcerns', () => {
  it('the subject’s own and the case’s documents, not another person’s', () => {
    expect(documentConcerns(me, me)).toBe(true);
    expect(documentConcerns(null, me)).toBe(true);
    expect(documentConcerns(spouse, me)).toBe(false);
  });
});
