import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TemplateList } from '@refugio/contract';
import { administrator } from '../testing/fixtures';
import { byLabel } from '../testing/queries';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { refusalActive, refusalDraft as template } from './template-fixtures';
import { TemplatesPage } from './TemplatesPage';

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const row = async (number: string) => {
  const cell = await screen.findByRole('cell', { name: number });
  return within(cell.closest('tr')!);
};

describe('TemplatesPage', () => {
  it('lists the templates and activates a draft from the version seen', async () => {
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST') return json({ ...template, status: 'active', version: 4 });
      return json({ templates: [template], canManage: true } satisfies TemplateList);
    });
    renderSignedIn(<TemplatesPage />, { me: administrator });
    const draft = await row('2');
    expect(draft.getByRole('link', { name: 'Resolución de no reconocimiento' })).toBeTruthy();
    expect(draft.getByText('Español')).toBeTruthy();
    fireEvent.click(
      draft.getByRole('button', { name: 'Activar (Resolución de no reconocimiento, número 2)' }),
    );
    expect(await screen.findByText('Modelo activado; el anterior quedó retirado.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/templates/${template.id}/activate`);
    expect(body(post.init)).toEqual({ version: 3 });
  });

  it('offers Edit only on a draft and New version only on a template in force', async () => {
    stubFetch(() => json({ templates: [template, refusalActive], canManage: true } satisfies TemplateList));
    renderSignedIn(<TemplatesPage />, { me: administrator });
    const draft = await row('2');
    const active = await row('1');
    const edit = draft.getByRole('link', { name: /^Editar/ });
    expect(edit.getAttribute('href')).toBe(`/templates/${template.id}`);
    expect(draft.queryByRole('button', { name: /^Nueva versión/ })).toBeNull();
    expect(active.queryByRole('link', { name: /^Editar/ })).toBeNull();
    expect(active.getByRole('button', { name: /^Nueva versión/ })).toBeTruthy();
    expect(active.queryByRole('button', { name: /^Activar/ })).toBeNull();
  });

  it('makes the next number of a template in force and opens it in the editor', async () => {
    const next = { ...template, id: '5f4e3d2c-1b0a-4987-8654-3210fedcba98' };
    const requests = stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(next, 201)
        : json({ templates: [refusalActive], canManage: true } satisfies TemplateList),
    );
    const { location } = renderSignedIn(<TemplatesPage />, { me: administrator, path: '/templates' });
    fireEvent.click((await row('1')).getByRole('button', { name: /^Nueva versión/ }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/templates/${next.id}`));
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(body(post.init)).toMatchObject({ basedOn: refusalActive.id, body: refusalActive.body });
  });

  it('creates a first template of a kind, outcome and language, after checking the form', async () => {
    const created = { ...template, id: '5f4e3d2c-1b0a-4987-8654-3210fedcba98', number: 1 };
    const requests = stubFetch((_url, init) =>
      init?.method === 'POST' ? json(created, 201) : json({ templates: [], canManage: true }),
    );
    const { location } = renderSignedIn(<TemplatesPage />, { me: administrator, path: '/templates' });
    fireEvent.click(await screen.findByRole('button', { name: 'Nueva plantilla' }));
    const form = screen.getByRole('form', { name: 'Nueva plantilla' });
    fireEvent.change(byLabel(form, 'Título'), { target: { value: 'Resolución de inadmisibilidad' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Crear el borrador' }));

    // No outcome and no source: refused by the fields, nothing sent, the first one focused.
    const outcome = byLabel(form, 'Sentido de la resolución');
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(byLabel(form, 'Fuente').getAttribute('aria-invalid')).toBe('true');
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);

    fireEvent.change(outcome, { target: { value: 'inadmissible' } });
    fireEvent.change(byLabel(form, 'Fuente'), { target: { value: 'Modelo COMAR 2027' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Crear el borrador' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/templates/${created.id}`));
    expect(body(requests.find((r) => r.init?.method === 'POST')?.init)).toEqual({
      kind: 'decision',
      outcome: 'inadmissible',
      language: 'spa',
      title: 'Resolución de inadmisibilidad',
      source: 'Modelo COMAR 2027',
      body: [{ type: 'heading', text: '{{authority.name}}' }],
      basedOn: null,
    });
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
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Activar/ })).toBeNull());
    expect(screen.getByRole('button', { name: /^Vista previa \(PDF\)/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nueva plantilla' })).toBeNull();
    expect(screen.queryByRole('link', { name: /^Editar/ })).toBeNull();
  });
});
