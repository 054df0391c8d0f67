import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { namesIn } from '../i18n/useNames';
import { MultiSelectField } from './MultiSelectField';

function Languages({ initial = [] as string[] }) {
  const [values, setValues] = useState(initial);
  const names = namesIn('es');
  return (
    <I18nextProvider i18n={createI18n('es')}>
      <MultiSelectField
        id="languages"
        label="Idiomas"
        addLabel="Agregar idioma"
        options={names.languageOptions}
        values={values}
        onValuesChange={setValues}
        nameOf={names.spokenLanguage}
        placeholder="Seleccione…"
      />
      <output data-testid="values">{values.join(',')}</output>
    </I18nextProvider>
  );
}

describe('MultiSelectField', () => {
  it('adds the chosen option with Enter, by keyboard alone', () => {
    render(<Languages />);
    const select = screen.getByLabelText('Idiomas');
    fireEvent.change(select, { target: { value: 'spa' } });
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(screen.getByTestId('values').textContent).toBe('spa');
    expect(screen.getByRole('button', { name: 'Quitar Español' })).toBeTruthy();
    // An added value is no longer offered twice.
    expect(screen.queryByRole('option', { name: 'Español' })).toBeNull();
  });

  it('adds with the button and removes with the chip, returning focus to the list', () => {
    render(<Languages initial={['spa']} />);
    fireEvent.change(screen.getByLabelText('Idiomas'), { target: { value: 'quc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Agregar idioma' }));
    expect(screen.getByTestId('values').textContent).toBe('spa,quc');
    fireEvent.click(screen.getByRole('button', { name: 'Quitar Español' }));
    expect(screen.getByTestId('values').textContent).toBe('quc');
    expect(document.activeElement).toBe(screen.getByLabelText('Idiomas'));
  });

  it('does nothing when nothing is chosen', () => {
    render(<Languages />);
    const add = screen.getByRole('button', { name: 'Agregar idioma' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.keyDown(screen.getByLabelText('Idiomas'), { key: 'Enter' });
    expect(screen.getByTestId('values').textContent).toBe('');
  });
});
