import type { FormEvent } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api/client';
import { createI18n } from '../i18n/i18n';
import { FormButtons } from './FormButtons';
import { FormFailure } from './FormFailure';
import { TextField } from './TextField';
import { useFormSubmission } from './useFormSubmission';
import { useFormValues } from './useFormValues';

interface HarnessProps {
  request: (name: string) => Promise<string>;
  onSaved?: (answer: string) => void;
  onConflict?: () => void;
}

/** The smallest form built like the app's: checked here first, then sent, the answer handed on. */
function NameForm({ request, onSaved = () => {}, onConflict }: HarnessProps) {
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field, reset } = useFormValues({ name: '' }, { idPrefix: 'person', error });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.name === '') return refuse([{ path: ['name'], code: 'too_small', message: 'Required' }]);
    send(request(values.name), (answer) => {
      reset();
      onSaved(answer);
    });
  };
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextField {...field('name')} label="Nombre" />
      <FormButtons label="Guardar" saving={saving} onCancel={() => {}} />
    </form>
  );
}

const renderForm = (props: HarnessProps) =>
  render(
    <I18nextProvider i18n={createI18n('es')}>
      <NameForm {...props} />
    </I18nextProvider>,
  );
const name = () => screen.getByLabelText('Nombre') as HTMLInputElement;
const typeName = (value: string) => fireEvent.change(name(), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));

describe('useFormSubmission', () => {
  it('refuses by the field before sending, and moves the focus there', async () => {
    const request = vi.fn(() => Promise.resolve('ok'));
    renderForm({ request });
    save();
    expect(name().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Este campo es obligatorio.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(name()));
    expect(request).not.toHaveBeenCalled();
  });

  it('is busy while the request is on its way, then hands on the answer and starts afresh', async () => {
    let answer: (value: string) => void = () => {};
    const onSaved = vi.fn();
    renderForm({ request: () => new Promise((resolve) => (answer = resolve)), onSaved });
    typeName('Petrona');
    save();
    const busy = screen.getByRole('button', { name: 'Guardando…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Cancelar' }) as HTMLButtonElement).disabled).toBe(true);
    answer('saved');
    await screen.findByRole('button', { name: 'Guardar' });
    expect(onSaved).toHaveBeenCalledWith('saved');
    expect(name().value).toBe('');
  });

  it("shows the server's field error by its field, with no notice", async () => {
    const refusal = new ApiFailure(400, 'validation_failed', 'name', [
      { path: 'name', code: 'too_big', message: 'Too big: expected string to have <=5 characters' },
    ]);
    renderForm({ request: () => Promise.reject(refusal) });
    typeName('Petrona');
    save();
    await screen.findByText('Máximo 5 caracteres.');
    expect(name().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(name()));
  });

  it('fails with a notice in the UI language when the refusal names no field', async () => {
    renderForm({ request: () => Promise.reject(new ApiFailure(403, 'forbidden', 'no')) });
    typeName('Petrona');
    save();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'No tiene permiso para realizar esta acción.',
    );
    expect(name().getAttribute('aria-invalid')).toBeNull();
    expect(name().value).toBe('Petrona');
  });

  it('leaves a conflict to the parent and shows nothing of its own', async () => {
    const onConflict = vi.fn();
    renderForm({ request: () => Promise.reject(new ApiFailure(409, 'conflict', 'changed')), onConflict });
    typeName('Petrona');
    save();
    await screen.findByRole('button', { name: 'Guardar' });
    expect(onConflict).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a conflict as a refusal when the parent does not handle it', async () => {
    renderForm({ request: () => Promise.reject(new ApiFailure(409, 'conflict', 'changed')) });
    typeName('Petrona');
    save();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Otra persona modificó este registro al mismo tiempo. Recargue e intente de nuevo.',
    );
  });
});
