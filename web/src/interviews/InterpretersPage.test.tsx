import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InterpreterList, InterpreterView } from '@refugio/contract';
import { eligibilityOfficer, supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { InterpretersPage } from './InterpretersPage';

const keeper = { ...supervisor, permissions: [...supervisor.permissions, 'interpreter.manage' as const] };

const marie: InterpreterView = {
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  fullName: 'Marie-Claude Joseph',
  sex: 'F',
  languages: ['hat', 'fra'],
  languageNotes: '',
  officeIds: [],
  engagement: 'contracted',
  phone: '',
  email: '',
  active: true,
  confidentialitySignedOn: null,
  availability: [],
  version: 1,
};

describe('InterpretersPage', () => {
  it('lists the register with languages by name and the missing confidentiality undertaking', async () => {
    stubFetch(() => json({ interpreters: [marie], canManage: false } satisfies InterpreterList));
    renderSignedIn(<InterpretersPage />, { me: eligibilityOfficer });
    const row = within((await screen.findByText('Marie-Claude Joseph')).closest('tr')!);
    expect(row.getByText('Criollo haitiano, Francés')).toBeTruthy();
    expect(row.getByText('Sin compromiso firmado')).toBeTruthy();
    expect(row.getByText('Cualquier oficina')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Agregar intérprete' })).toBeNull();
  });

  it('adds a K’iche’ interpreter with the date the undertaking was signed', async () => {
    const requests = stubFetch((url, init) =>
      init?.method === 'POST'
        ? json({ ...marie, fullName: 'Tomás Tzul', languages: ['quc'] }, 201)
        : json({ interpreters: [], canManage: true } satisfies InterpreterList),
    );
    renderSignedIn(<InterpretersPage />, { me: keeper });
    const form = within(
      (await screen.findByRole('heading', { name: 'Agregar intérprete' })).closest('section')!,
    );
    fireEvent.change(form.getByLabelText(/^Nombre completo/), { target: { value: 'Tomás Tzul' } });
    fireEvent.change(form.getByLabelText(/^Sexo/), { target: { value: 'M' } });
    fireEvent.change(form.getByLabelText(/^Idiomas/), { target: { value: 'quc' } });
    fireEvent.click(form.getByRole('button', { name: 'Agregar idioma' }));
    fireEvent.change(form.getByLabelText(/^Compromiso de confidencialidad/), {
      target: { value: '15/01/2026' },
    });
    fireEvent.click(form.getByRole('button', { name: 'Guardar intérprete' }));
    await waitFor(() => expect(requests.some((r) => r.init?.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(JSON.parse(String(post.init?.body))).toMatchObject({
      fullName: 'Tomás Tzul',
      sex: 'M',
      languages: ['quc'],
      confidentialitySignedOn: '2026-01-15',
    });
    expect(await screen.findByText('Se guardó el intérprete Tomás Tzul.')).toBeTruthy();
  });

  it('names the field at fault without sending: no language', async () => {
    const requests = stubFetch(() => json({ interpreters: [], canManage: true } satisfies InterpreterList));
    renderSignedIn(<InterpretersPage />, { me: keeper });
    const form = within(
      (await screen.findByRole('heading', { name: 'Agregar intérprete' })).closest('section')!,
    );
    fireEvent.change(form.getByLabelText(/^Nombre completo/), { target: { value: 'Tomás Tzul' } });
    fireEvent.change(form.getByLabelText(/^Sexo/), { target: { value: 'M' } });
    fireEvent.click(form.getByRole('button', { name: 'Guardar intérprete' }));
    await waitFor(() => expect(form.getByLabelText(/^Idiomas/).getAttribute('aria-invalid')).toBe('true'));
    expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(0);
  });
});
