import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { DateField } from './DateField';

function Harness({ initial = '' }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nextProvider i18n={createI18n('es')}>
      <DateField id="d" label="Fecha de entrada" value={value} onValueChange={setValue} />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('2026-12-24')}>
        reset
      </button>
    </I18nextProvider>
  );
}

describe('DateField', () => {
  it('shows a stored date as dd/mm/yyyy', () => {
    render(<Harness initial="2026-03-05" />);
    expect((screen.getByLabelText('Fecha de entrada') as HTMLInputElement).value).toBe('05/03/2026');
    expect(screen.getByLabelText('Fecha de entrada').getAttribute('placeholder')).toBe('dd/mm/aaaa');
  });

  it('turns what the officer types as dd/mm/yyyy into an ISO date', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Fecha de entrada'), { target: { value: '7/1/2026' } });
    expect(screen.getByTestId('value').textContent).toBe('2026-01-07');
  });

  it('rewrites a typed ISO date as dd/mm/yyyy when leaving the field', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Fecha de entrada') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2026-01-07' } });
    fireEvent.blur(input);
    expect(input.value).toBe('07/01/2026');
  });

  it('keeps text that is not a date, so the error names what was typed', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Fecha de entrada') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '31/02' } });
    fireEvent.blur(input);
    expect(input.value).toBe('31/02');
    expect(screen.getByTestId('value').textContent).toBe('31/02');
  });

  it('shows a value set from outside', () => {
    render(<Harness initial="2026-03-05" />);
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect((screen.getByLabelText('Fecha de entrada') as HTMLInputElement).value).toBe('24/12/2026');
  });
});
