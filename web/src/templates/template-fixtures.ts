import { templateFields, type TemplateFieldList, type TemplateView } from '@refugio/contract';

/** Test data of the templates feature: a Mexican refusal as a draft, and the fields the server lists. */
export const refusalDraft: TemplateView = {
  id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  country: 'MEX',
  kind: 'decision',
  outcome: 'rejected',
  language: 'spa',
  number: 2,
  status: 'draft',
  title: 'Resolución de no reconocimiento',
  body: [
    { type: 'heading', text: '{{authority.name}}' },
    { type: 'paragraph', text: 'Expediente {{case.number}}.' },
    { type: 'list', items: ['{{reasons.factsAccepted}}'] },
    { type: 'paragraph', text: '{{reasons.complementaryProtection}}' },
    { type: 'signature', lines: ['{{signatory.name}}', '{{signatory.role}}'] },
  ],
  source: 'Modelo COMAR',
  refugioDraft: false,
  createdBy: { id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', name: 'Ana Administradora' },
  createdAt: '2026-11-20T16:00:00.000Z',
  activatedAt: null,
  retiredAt: null,
  version: 3,
  actions: ['edit', 'activate', 'retire', 'preview'],
};

export const refusalActive: TemplateView = {
  ...refusalDraft,
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  number: 1,
  status: 'active',
  activatedAt: '2026-11-21T17:30:00.000Z',
  version: 2,
  actions: ['new_number', 'retire', 'preview'],
};

export const fieldList: TemplateFieldList = {
  fields: templateFields.map((f) => ({ id: f.id, kinds: [...f.kinds], list: f.list })),
};
