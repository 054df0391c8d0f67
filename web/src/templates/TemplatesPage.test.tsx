import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TemplateList, TemplateView } from '@refugio/contract';
import { administrator } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { TemplatesPage } from './TemplatesPage';

const template: TemplateView = {
  id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  country: 'MEX',
  kind: 'decision',
  outcome: 'rejected',
  language: 'spa',
  number: 2,
  status: 'draft',
  title: 'Resolución de no reconocimiento',
  body: [{ type: 'paragraph', text: '{{reasons.complementaryProtection}}' }],
  source: 'Modelo COMAR',
  refugioDraft: false,
  createdBy: null,
  createdAt: '2026-11-20T16:00:00.000Z',
  activatedAt: null,
  retiredAt: null,
  version: 3,
  actions: ['edit', 'activate', 'retire', 'preview'],
};

describe('TemplatesPage', () => {
  it('lists the templates and activates a draft from the version seen', async () => {
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST') return json({ ...template, status: 'active', version: 4 });
      return json({ templates: [template], canManage: true } satisfies TemplateList);
    });
    renderSignedIn(<TemplatesPage />, { me: administrator });
    expect(await screen.findByText('Resolución de no reconocimiento')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Activar' }));
    expect(await screen.findByText('Modelo activado; el anterior quedó retirado.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/templates/${template.id}/activate`);
    expect(JSON.parse(String(post.init?.body))).toEqual({ version: 3 });
  });

  it('marks a shipped Refugio draft and offers only the preview to someone who does not manage templates', async () => {
    stubFetch(() =>
      json({
        templates: [{ ...template, status: 'active', refugioDraft: true, actions: ['preview'] }],
        canManage: false,
      }),
    );
    renderSignedIn(<TemplatesPage />, { me: administrator });
    expect(
      await screen.findByText('Borrador de Refugio: sustitúyalo por el modelo de la autoridad.'),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Activar' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Vista previa (PDF)' })).toBeTruthy();
  });
});
