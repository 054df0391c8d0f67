import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TemplateView } from '@refugio/contract';
import { translateIssue } from '../i18n/fieldErrors';
import { administrator } from '../testing/fixtures';
import { button, byLabel, description } from '../testing/queries';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { fieldList, refusalActive, refusalDraft } from './template-fixtures';
import { TemplatePage } from './TemplatePage';

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const type = (label: string, value: string) =>
  fireEvent.change(byLabel(document, label), { target: { value } });

/** Serves the template and the field list; `write` answers the PUT and POST requests. */
function serve(template: TemplateView, write: (url: URL, init: RequestInit) => Response = () => json({})) {
  return stubFetch((url, init) => {
    if (init?.method && init.method !== 'GET') return write(url, init);
    if (url.pathname === '/api/v1/template-fields') return json(fieldList);
    return json(template);
  });
}

async function openEditor(template: TemplateView = refusalDraft) {
  const result = renderSignedIn(<TemplatePage params={{ id: template.id }} />, {
    me: administrator,
    path: `/templates/${template.id}`,
  });
  await screen.findByLabelText('Texto del bloque 2');
  return result;
}

describe('TemplatePage: the editor of a draft', () => {
  it('saves an edited block, a moved block and a new item from the version opened', async () => {
    const requests = serve(refusalDraft, (_url, init) =>
      json({ ...refusalDraft, ...(body(init) as object), version: 4 }),
    );
    await openEditor();
    type('Texto del bloque 2', 'Expediente {{case.number}}, de {{applicant.fullName}}.');
    fireEvent.click(button('Agregar un elemento el bloque 3'));
    type('Elemento 2 del bloque 3', 'Y los demás hechos.');
    fireEvent.click(button('Bajar el bloque 1'));
    expect(screen.getByText('Hay cambios sin guardar.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));

    expect(await screen.findByText('Cambios guardados.')).toBeTruthy();
    const put = requests.find((r) => r.init?.method === 'PUT')!;
    expect(put.url.pathname).toBe(`/api/v1/templates/${refusalDraft.id}`);
    expect(body(put.init)).toEqual({
      version: 3,
      title: 'Resolución de no reconocimiento',
      source: 'Modelo COMAR',
      body: [
        { type: 'paragraph', text: 'Expediente {{case.number}}, de {{applicant.fullName}}.' },
        { type: 'heading', text: '{{authority.name}}' },
        { type: 'list', items: ['{{reasons.factsAccepted}}', 'Y los demás hechos.'] },
        { type: 'paragraph', text: '{{reasons.complementaryProtection}}' },
        { type: 'signature', lines: ['{{signatory.name}}', '{{signatory.role}}'] },
      ],
    });
    expect(screen.queryByText('Hay cambios sin guardar.')).toBeNull();
  });

  it('inserts a field at the cursor and names the fields this kind of document lacks', async () => {
    serve(refusalDraft);
    await openEditor();
    const text = byLabel(document, 'Texto del bloque 2') as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: 'Expediente {{case.number}} de {{interview.place}}.' } });
    expect(description(text)).toBe('Campos que no existen para este tipo de documento: {{interview.place}}');
    // The cursor after "Expediente ": the field goes there, and the text has the focus again.
    text.setSelectionRange(11, 11);
    fireEvent.select(text);
    const picker = screen.getByRole('complementary', { name: 'Campos' });
    expect(within(picker).getByText('Ciudad de la oficina')).toBeTruthy();
    // An interview notice's fields are not offered for a decision.
    expect(within(picker).queryByText('Lugar o modalidad de la entrevista')).toBeNull();
    fireEvent.click(button('Insertar {{office.city}}', picker));
    expect(text.value).toBe('Expediente {{office.city}}{{case.number}} de {{interview.place}}.');
    expect(document.activeElement).toBe(text);
    expect(text.selectionStart).toBe(26);
    expect(within(picker).getByRole('status').textContent).toBe('Se insertó {{office.city}} en el bloque 2.');
  });

  it('shows a field the server refuses by its block and moves the focus there', async () => {
    const refusal = {
      code: 'unknown_field',
      message: 'No field is called {{applicant.shoeSize}}',
    };
    serve(refusalDraft, () =>
      json(
        {
          error: {
            code: 'validation_failed',
            message: 'Invalid',
            fields: [{ path: 'body.4.lines.1', ...refusal }],
          },
        },
        400,
      ),
    );
    const { i18n } = await openEditor();
    type('Línea 2 del bloque 5', '{{applicant.shoeSize}}');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));

    const line = byLabel(document, 'Línea 2 del bloque 5');
    await waitFor(() => expect(line.getAttribute('aria-invalid')).toBe('true'));
    expect(description(line)).toContain(translateIssue(i18n.t, refusal));
    await waitFor(() => expect(document.activeElement).toBe(line));
    expect(byLabel(document, 'Línea 1 del bloque 5').getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps what was typed when someone else saved meanwhile, and reloads only when asked', async () => {
    const requests = serve(refusalDraft, () =>
      json({ error: { code: 'conflict', message: 'The template has changed since you opened it' } }, 409),
    );
    await openEditor();
    type('Texto del bloque 2', 'Un texto que no debe perderse.');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));

    expect(await screen.findByText(/Otra persona cambió este modelo/)).toBeTruthy();
    expect((byLabel(document, 'Texto del bloque 2') as HTMLTextAreaElement).value).toBe(
      'Un texto que no debe perderse.',
    );
    expect(screen.getByRole('button', { name: 'Guardar' })).toHaveProperty('disabled', true);
    const loads = () =>
      requests.filter(
        (r) => r.init?.method === 'GET' && r.url.pathname === `/api/v1/templates/${refusalDraft.id}`,
      );
    expect(loads()).toHaveLength(1);

    const saved: TemplateView = {
      ...refusalDraft,
      version: 5,
      body: [{ type: 'paragraph', text: 'Lo que guardó la otra persona.' }],
    };
    serve(saved);
    fireEvent.click(screen.getByRole('button', { name: /Recargar el modelo guardado/ }));
    await waitFor(() =>
      expect((byLabel(document, 'Texto del bloque 1') as HTMLTextAreaElement).value).toBe(
        'Lo que guardó la otra persona.',
      ),
    );
    expect(screen.queryByText(/Otra persona cambió este modelo/)).toBeNull();
  });

  it('activates the saved draft, which then shows as it prints', async () => {
    const requests = serve(refusalDraft, () =>
      json({ ...refusalDraft, status: 'active', version: 4, actions: ['new_number', 'retire', 'preview'] }),
    );
    await openEditor();
    type('Texto del bloque 2', 'Cambio sin guardar.');
    const activate = screen.getByRole('button', { name: 'Activar' });
    expect(activate).toHaveProperty('disabled', true);
    expect(description(activate)).toBe('Guarde los cambios antes de activar.');
    type('Texto del bloque 2', 'Expediente {{case.number}}.');
    fireEvent.click(screen.getByRole('button', { name: 'Activar' }));

    expect(await screen.findByText('Modelo activado; el anterior quedó retirado.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/templates/${refusalDraft.id}/activate`);
    expect(body(post.init)).toEqual({ version: 3 });
    expect(screen.queryByLabelText('Texto del bloque 2')).toBeNull();
    expect(screen.getByRole('button', { name: 'Nueva versión' })).toBeTruthy();
  });

  it('opens the preview PDF in a new tab', async () => {
    const requests = serve(
      refusalDraft,
      () => new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }),
    );
    const tab = { location: { href: '' }, close: vi.fn() };
    vi.stubGlobal(
      'open',
      vi.fn(() => tab),
    );
    // jsdom has no object URLs: the PDF's address is made up for the test, then forgotten.
    URL.createObjectURL = vi.fn(() => 'blob:http://refugio.test/preview');
    try {
      await openEditor();
      fireEvent.click(screen.getByRole('button', { name: 'Vista previa (PDF)' }));
      await waitFor(() => expect(tab.location.href).toBe('blob:http://refugio.test/preview'));
    } finally {
      Reflect.deleteProperty(URL, 'createObjectURL');
    }
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/templates/${refusalDraft.id}/preview.pdf`);
    expect(post.init?.body).toBeUndefined();
  });
});

describe('TemplatePage: an active template', () => {
  it('shows the body as it prints, with Spanish dates, and makes a new version to edit', async () => {
    const next = { ...refusalDraft, id: '5f4e3d2c-1b0a-4987-8654-3210fedcba98', number: 2 };
    const requests = serve(refusalActive, () => json(next, 201));
    const { location } = renderSignedIn(<TemplatePage params={{ id: refusalActive.id }} />, {
      me: administrator,
      path: `/templates/${refusalActive.id}`,
    });
    const letter = await screen.findByRole('article', { name: 'Texto del modelo' });
    expect(within(letter).getByRole('heading', { name: '{{authority.name}}' })).toBeTruthy();
    expect(within(letter).getByText('{{reasons.factsAccepted}}').closest('li')).toBeTruthy();
    expect(screen.getByText('21/11/2026 11:30')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Guardar' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Nueva versión' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/templates/${next.id}`));
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/templates');
    expect(body(post.init)).toEqual({
      kind: 'decision',
      outcome: 'rejected',
      language: 'spa',
      title: refusalActive.title,
      body: refusalActive.body,
      source: refusalActive.source,
      basedOn: refusalActive.id,
    });
  });
});
