import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseLegalHolds, LegalHoldView } from '@refugio/contract';
import { petronaCase, registrationOfficer } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { LegalHoldPanel } from './LegalHoldPanel';

const hold: LegalHoldView = {
  id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  caseId: petronaCase.id,
  caseNumber: petronaCase.caseNumber,
  reason: 'amparo',
  note: 'Amparo 456/2026',
  placedBy: 'Supervisora TAP',
  placedAt: '2026-11-18T16:00:00.000Z',
  liftedBy: null,
  liftedAt: null,
  liftNote: '',
  version: 1,
};
const noop = () => undefined;

function serve(holds: CaseLegalHolds) {
  return stubFetch((url, init) => {
    if (init?.method === 'POST') return json(hold, url.pathname.endsWith('/lift') ? 200 : 201);
    return json(holds);
  });
}

describe('LegalHoldPanel', () => {
  it('shows the holds in force, and no forms to whoever may not place them', async () => {
    serve({ holds: [hold], canManage: false });
    renderSignedIn(<LegalHoldPanel detail={petronaCase} onReplace={noop} onReload={noop} />, {
      me: registrationOfficer,
    });
    expect(await screen.findByText('Juicio de amparo')).toBeTruthy();
    expect(screen.getByText(/Vigente desde el 18\/11\/2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Establecer retención' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Levantar' })).toBeNull();
  });

  it('asks for the reason before sending, then places the hold', async () => {
    const requests = serve({ holds: [], canManage: true });
    renderSignedIn(<LegalHoldPanel detail={petronaCase} onReplace={noop} onReload={noop} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Establecer retención' }));
    await waitFor(() => expect(screen.getByLabelText(/Motivo/).getAttribute('aria-invalid')).toBe('true'));
    expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/Motivo/), { target: { value: 'litigation' } });
    fireEvent.change(screen.getByLabelText(/Referencia/), { target: { value: 'Juicio 12/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Establecer retención' }));
    expect(await screen.findByText('Retención legal establecida.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/legal-holds`);
    expect(JSON.parse(String(post.init?.body))).toEqual({ reason: 'litigation', note: 'Juicio 12/2026' });
  });

  it('lifts a hold from the version seen, with the reason why', async () => {
    const requests = serve({ holds: [hold], canManage: true });
    renderSignedIn(<LegalHoldPanel detail={petronaCase} onReplace={noop} onReload={noop} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Levantar' }));
    fireEvent.change(screen.getByLabelText(/Motivo del levantamiento/), {
      target: { value: 'Amparo sobreseído' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Levantar retención' }));
    expect(await screen.findByText('Retención legal levantada.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/legal-holds/${hold.id}/lift`);
    expect(JSON.parse(String(post.init?.body))).toEqual({ note: 'Amparo sobreseído', version: 1 });
  });
});
