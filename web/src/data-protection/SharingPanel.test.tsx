import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseConsents, ConsentRecordView, RecipientView } from '@refugio/contract';
import { petronaCase, registrationOfficer, supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { SharingPanel } from './SharingPanel';

const [petrona, juana] = petronaCase.people as [
  (typeof petronaCase.people)[0],
  (typeof petronaCase.people)[0],
];
const given: ConsentRecordView = {
  id: '0b0c1d5e-6a2f-4f3b-9c1d-2e3f4a5b6c7d',
  personId: petrona.id,
  purpose: 'unhcr',
  decision: 'given',
  method: 'signed_form',
  givenBy: 'self',
  expressedOn: '2026-11-18',
  note: '',
  recordedBy: null,
  recordedAt: '2026-11-18T16:00:00.000Z',
};
const consents: CaseConsents = {
  people: [
    { personId: petrona.id, current: { unhcr: given }, history: [given] },
    { personId: juana.id, current: {}, history: [] },
  ],
};
const unhcr: RecipientView = {
  id: '3f2e1d0c-9b8a-4765-8432-10fedcba9876',
  name: 'ACNUR México',
  kind: 'unhcr',
  country: null,
  active: true,
  purposes: ['unhcr', 'resettlement', 'family_tracing'],
  version: 1,
};
const noop = () => undefined;

function serve(disclosure: (init: RequestInit | undefined) => Response) {
  return stubFetch((url, init) => {
    if (url.pathname.endsWith('/consents')) return json(consents);
    if (url.pathname === '/api/v1/recipients') return json({ recipients: [unhcr] });
    if (url.pathname.endsWith('/disclosures') && init?.method === 'POST') return disclosure(init);
    return json({ disclosures: [] });
  });
}

describe('SharingPanel', () => {
  it("shows each person's standing consent per purpose, dated dd/mm/yyyy", async () => {
    serve(() => json({}, 500));
    renderSignedIn(<SharingPanel detail={petronaCase} onReplace={noop} onReload={noop} />);
    const row = (await screen.findByRole('rowheader', { name: /Petrona/ })).closest('tr')!;
    expect(within(row).getByText('Otorgado el 18/11/2026')).toBeTruthy();
    const other = screen.getByRole('rowheader', { name: /Juana/ }).closest('tr')!;
    expect(within(other).getAllByText('Sin registro')).toHaveLength(4);
    expect(screen.getByText('No se han compartido datos de este expediente.')).toBeTruthy();
  });

  it('offers sharing to supervisors only', async () => {
    serve(() => json({}, 500));
    renderSignedIn(<SharingPanel detail={petronaCase} onReplace={noop} onReload={noop} />, {
      me: registrationOfficer,
    });
    await screen.findByText('Otorgado el 18/11/2026');
    expect(screen.queryByText('Compartir datos')).toBeNull();
  });

  it('explains, next to each person, why the server refused to share their data', async () => {
    const requests = serve(() =>
      json(
        {
          error: {
            code: 'disclosure_refused',
            message: 'Sharing refused',
            fields: [{ path: 'personIds.1', code: 'no_consent', message: 'The person has not consented' }],
          },
        },
        403,
      ),
    );
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: noop }));
    renderSignedIn(<SharingPanel detail={petronaCase} onReplace={noop} onReload={noop} />, {
      me: supervisor,
    });
    const summary = await screen.findByText('Compartir datos');
    fireEvent.click(summary);
    const form = within(summary.closest('details')!);
    await waitFor(() => expect(form.getByRole('option', { name: 'ACNUR México' })).toBeTruthy());
    fireEvent.change(form.getByLabelText(/^Destinatario/), { target: { value: unhcr.id } });
    fireEvent.change(form.getByLabelText(/^Fin/), { target: { value: 'unhcr' } });
    fireEvent.click(form.getByRole('button', { name: 'Compartir y descargar el paquete' }));
    expect(await screen.findByText('No hay consentimiento registrado para este fin.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(JSON.parse(String(post.init?.body))).toMatchObject({
      recipientId: unhcr.id,
      purpose: 'unhcr',
      personIds: [petrona.id, juana.id],
    });
  });
});
