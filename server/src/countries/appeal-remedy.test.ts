import { describe, expect, it } from 'vitest';
import type { TemplateBlock } from '@refugio/contract';
import { loadCountryProfile } from './country-profile.loader';
import { appealRemedyOf, remedyInSentence, withoutRemedyPhrase } from './appeal-remedy';

describe('the remedy against a first-instance decision', () => {
  it('is the law’s name where the profile knows it, for the decisions it lies against', () => {
    const mexico = loadCountryProfile('MEX');
    expect(appealRemedyOf(mexico, 'rejected')).toEqual({
      name: { es: 'Recurso de revisión', en: 'Appeal for review (recurso de revisión)' },
      legalBasis: 'LRPCAP art. 25',
    });
    expect(remedyInSentence(appealRemedyOf(mexico, 'rejected')!.name.es)).toBe('recurso de revisión');
    const panama = loadCountryProfile('PAN');
    expect(appealRemedyOf(panama, 'inadmissible')?.name.es).toBe('Recurso de reconsideración');
    // Reported against non-admission only: no name for a refusal on the merits.
    expect(appealRemedyOf(panama, 'rejected')).toBeNull();
  });

  it.each(['BLZ', 'GTM', 'HND'])('is unknown in %s, so no remedy is named', (code) => {
    expect(appealRemedyOf(loadCountryProfile(code), 'rejected')).toBeNull();
  });

  it('leaves the sentences naming the remedy out of a letter, and nothing else', () => {
    const body: TemplateBlock[] = [
      { type: 'heading', text: 'Resolución' },
      { type: 'paragraph', text: 'Se niega la condición de refugiado.' },
      { type: 'paragraph', text: 'Contra la presente resolución procede el {{ appeal.remedy }}.' },
      { type: 'list', items: ['Primero.', 'Procede el {{appeal.remedy}} {{appeal.timeLimit}}.'] },
      { type: 'list', items: ['Solo {{appeal.remedy}}.'] },
      { type: 'signature', lines: ['{{signatory.name}}', '{{appeal.remedy}}'] },
    ];
    expect(withoutRemedyPhrase(body)).toEqual([
      { type: 'heading', text: 'Resolución' },
      { type: 'paragraph', text: 'Se niega la condición de refugiado.' },
      { type: 'list', items: ['Primero.'] },
      { type: 'signature', lines: ['{{signatory.name}}'] },
    ]);
  });
});

describe('interview and notification rules in the profiles (docs/design/eligibility.md §4)', () => {
  it('Mexico: in person with confidential interpreters, written notification understood; remote and same-sex unknown', () => {
    const { interview, notification } = loadCountryProfile('MEX').eligibility;
    expect(interview.inPerson).toMatchObject({
      status: 'known',
      legalBasis: 'LRPCAP arts. 21 (last ¶), 23 ¶2',
    });
    expect(interview.interpreterConfidentiality).toMatchObject({
      status: 'known',
      legalBasis: 'LRPCAP art. 23 ¶3',
    });
    expect(interview.remote.status).toBe('unknown');
    expect(interview.sameSexRequest.status).toBe('unknown');
    expect(notification).toMatchObject({ status: 'known', written: true, ensureUnderstanding: true });
  });

  it.each(['BLZ', 'CRI', 'GTM', 'HND', 'PAN', 'SLV'])(
    '%s: every interview and notification rule is unknown, with a note (never invented)',
    (code) => {
      const { interview, notification } = loadCountryProfile(code).eligibility;
      for (const rule of [...Object.values(interview), notification]) {
        expect(rule.status).toBe('unknown');
        if (rule.status === 'unknown') expect(rule.note.length).toBeGreaterThan(20);
      }
    },
  );

  it('names a remedy only where the design’s table has one, each with its source', () => {
    const named = ['BLZ', 'CRI', 'GTM', 'HND', 'MEX', 'PAN', 'SLV'].filter(
      (code) => loadCountryProfile(code).eligibility.appealRemedy.status === 'known',
    );
    expect(named).toEqual(['CRI', 'MEX', 'PAN', 'SLV']);
  });
});
