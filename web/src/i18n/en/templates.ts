import type { templates as es } from '../es/templates';
import type { Widen } from '../widen';

export const templates: Widen<typeof es> = {
  nav: 'Decision templates',
  page: {
    title: 'Decision templates',
    intro:
      'Each template is numbered per country, kind, outcome and language. An active template is never edited: the next number is created and, once activated, the previous one is retired. Issued decisions keep the template they were printed from.',
    empty: 'No templates.',
    refugioDraft: "Refugio draft: replace it with the authority's model.",
    activated: 'Template activated; the previous one was retired.',
    retired: 'Template retired.',
    conflict: 'The template changed while you were viewing it; it was reloaded.',
  },
  column: {
    title: 'Template',
    kind: 'Kind',
    outcome: 'Outcome',
    language: 'Language',
    number: 'Number',
    status: 'Status',
    actions: 'Actions',
  },
  kind: { decision: 'Decision', interview_notice: 'Interview notice', appeal_decision: 'Appeal decision' },
  status: { draft: 'Draft', active: 'Active', retired: 'Retired' },
  action: { activate: 'Activate', retire: 'Retire', preview: 'Preview (PDF)' },
};
