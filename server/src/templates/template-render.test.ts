import { describe, expect, it } from 'vitest';
import type { TemplateBlock } from '@refugio/contract';
import { checkPlaceholders, fieldsOfTemplate, renderTemplate } from './template-render';

const body: TemplateBlock[] = [
  { type: 'heading', text: '{{authority.name}}' },
  { type: 'paragraph', text: 'Expediente {{ case.number }} de {{applicant.fullName}}: {{people.list}}.' },
  { type: 'list', items: ['{{reasons.factsAccepted}}', 'Fijo: {{case.number}}'] },
  { type: 'signature', lines: ['{{signatory.name}}'] },
];

describe('checkPlaceholders', () => {
  it('accepts the fields a decision can fill', () => {
    expect(checkPlaceholders('decision', body)).toEqual([]);
  });

  it('names an unknown field where it sits', () => {
    const errors = checkPlaceholders('decision', [
      { type: 'paragraph', text: 'ok' },
      { type: 'list', items: ['x', 'Hola {{applicant.nickname}}'] },
    ]);
    expect(errors).toEqual([expect.objectContaining({ path: 'body.1.items.1', code: 'unknown_field' })]);
  });

  it('refuses a field the kind of document cannot fill', () => {
    const errors = checkPlaceholders('interview_notice', [
      { type: 'paragraph', text: '{{reasons.credibility}} {{interview.date}}' },
    ]);
    expect(errors).toEqual([expect.objectContaining({ path: 'body.0.text', code: 'field_not_for_kind' })]);
  });

  it('lists the fields named, once each', () => {
    expect(fieldsOfTemplate(body)).toEqual([
      'authority.name',
      'case.number',
      'applicant.fullName',
      'people.list',
      'reasons.factsAccepted',
      'signatory.name',
    ]);
  });
});

describe('renderTemplate', () => {
  const values = {
    'authority.name': 'COMAR',
    'case.number': 'COMAR-TAP-2026-000001',
    'applicant.fullName': 'Ana Pérez',
    'people.list': ['Ana Pérez', 'Luis Pérez'],
    'reasons.factsAccepted': ['Hecho uno.', 'Hecho dos.'],
    'signatory.name': 'Supervisora',
  } as const;

  it('fills every placeholder, expands a list field into items and joins it in running text', () => {
    const { blocks, missing } = renderTemplate(body, values);
    expect(missing).toEqual([]);
    expect(blocks).toEqual([
      { type: 'heading', text: 'COMAR' },
      { type: 'paragraph', text: 'Expediente COMAR-TAP-2026-000001 de Ana Pérez: Ana Pérez; Luis Pérez.' },
      { type: 'list', items: ['Hecho uno.', 'Hecho dos.', 'Fijo: COMAR-TAP-2026-000001'] },
      { type: 'signature', lines: ['Supervisora'] },
    ]);
  });

  it('shows and reports a missing or blank value', () => {
    const { blocks, missing } = renderTemplate(body, {
      ...values,
      'applicant.fullName': '  ',
      'case.number': undefined,
    });
    expect(missing).toEqual(['case.number', 'applicant.fullName']);
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      text: 'Expediente [case.number] de [applicant.fullName]: Ana Pérez; Luis Pérez.',
    });
  });

  it('drops a list left empty, and never interprets a value as a placeholder', () => {
    const { blocks, missing } = renderTemplate(
      [
        { type: 'list', items: ['{{reasons.factsAccepted}}'] },
        { type: 'paragraph', text: '{{applicant.fullName}}' },
      ],
      { 'reasons.factsAccepted': [], 'applicant.fullName': '{{case.number}}' },
    );
    expect(missing).toEqual([]);
    expect(blocks).toEqual([{ type: 'paragraph', text: '{{case.number}}' }]);
  });
});
