import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseAccessView, CaseDetail } from '@refugio/contract';
import { petronaCase, registrationOfficer } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { CaseDetailPage } from '../cases/CaseDetailPage';
import { AccessPanel } from './AccessPanel';

const marta = { id: '5b1f4c7e-2a3d-4e6f-8a9b-0c1d2e3f4a5b', name: 'Marta Supervisora Ruiz' };
const luis = { id: '0c9e6b1a-7d2f-4c3b-8e5a-9f1d2c3b4a5e', name: 'Luis Supervisor' };
const markId = '7d1f4c7e-2a3d-4e6f-8a9b-0c1d2e3f4a5b';
const withAccess = (access: Partial<CaseAccessView>, version = 3): CaseDetail => ({
  ...petronaCase,
  version,
  access: { ...petronaCase.access, ...access },
});
const noop = () => undefined;

describe('AccessPanel', () => {
  it('shows nothing for an ordinary case the user may not mark', () => {
    const { container } = renderSignedIn(
      <AccessPanel detail={petronaCase} onReplace={noop} onReload={noop} />,
    );
    expect(container.textContent).toBe('');
  });

  it('shows a sensitive case’s badge and, without the category, only that it is sensitive', () => {
    const detail = withAccess({
      sensitive: true,
      marks: [
        { id: markId, category: null, personId: null, markedAt: '2026-11-20T16:00:00Z', markedBy: null },
      ],
    });
    renderSignedIn(<AccessPanel detail={detail} onReplace={noop} onReload={noop} />);
    expect(screen.getAllByText('Sensible').length).toBeGreaterThan(0);
    expect(screen.queryByText('Violencia sexual y de género')).toBeNull();
    expect(screen.getByText(/Marcado el 20\/11\/2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Marcar como sensible' })).toBeNull();
  });

  it('shows the emergency access expiry while it lasts', () => {
    const detail = withAccess({
      breakGlass: { grantId: markId, expiresAt: '2026-11-20T22:00:00Z' },
      restricted: ['narrative', 'transcript', 'medical'],
    });
    renderSignedIn(<AccessPanel detail={detail} onReplace={noop} onReload={noop} />);
    expect(screen.getByText(/Acceso de emergencia hasta el 20\/11\/2026/)).toBeTruthy();
  });

  it('marks the case with a category and reason, sending the version seen', async () => {
    const requests = stubFetch(() =>
      json(withAccess({ sensitive: true, canMark: true, marks: [], supervisors: [marta] }, 4)),
    );
    const onReplace = vi.fn();
    renderSignedIn(
      <AccessPanel
        detail={withAccess({ canMark: true, supervisorCandidates: [marta, luis] })}
        onReplace={onReplace}
        onReload={noop}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Marcar como sensible' }));
    fireEvent.click(screen.getByRole('button', { name: 'Marcar' }));
    await waitFor(() => expect(screen.getByLabelText(/^Motivo/).getAttribute('aria-invalid')).toBe('true'));
    expect(requests).toHaveLength(0);
    fireEvent.change(screen.getByLabelText(/^Motivo/), { target: { value: 'sgbv' } });
    fireEvent.change(screen.getByLabelText(/^Razón/), { target: { value: 'Relató violencia sexual' } });
    fireEvent.click(screen.getByRole('button', { name: 'Marcar' }));
    await waitFor(() => expect(onReplace).toHaveBeenCalled());
    expect(requests[0]!.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/sensitivity`);
    expect(JSON.parse(String(requests[0]!.init?.body))).toEqual({
      version: 3,
      category: 'sgbv',
      reason: 'Relató violencia sexual',
      personId: null,
    });
  });
});

describe('a case the user may not open', () => {
  it('offers emergency access to those who may ask for it, sends the number and reason, then opens the case', async () => {
    const granted = { grantId: markId, caseId: petronaCase.id, expiresAt: '2026-11-20T22:00:00Z' };
    let grantedYet = false;
    const withGrant = withAccess({ breakGlass: { grantId: markId, expiresAt: granted.expiresAt } });
    const requests = stubFetch((url) => {
      if (url.pathname === '/api/v1/break-glass') {
        grantedYet = true;
        return json(granted, 201);
      }
      if (url.pathname === `/api/v1/cases/${petronaCase.id}`)
        return grantedYet
          ? json(withGrant)
          : json({ error: { code: 'not_found', message: 'Case not found' } }, 404);
      return json({ items: [] });
    });
    const me = {
      ...registrationOfficer,
      permissions: [...registrationOfficer.permissions, 'break_glass.request' as const],
    };
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me });
    fireEvent.click(await screen.findByRole('button', { name: 'Pedir acceso de emergencia' }));
    fireEvent.change(screen.getByLabelText(/^Número de expediente/), {
      target: { value: 'COMAR-TAP-2026-000024' },
    });
    fireEvent.change(screen.getByLabelText(/^Motivo/), {
      target: { value: 'La persona está en ventanilla y necesita su constancia' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pedir acceso de emergencia' }));
    // Granted: the page loads the case again and shows it, with the expiry of the emergency access.
    expect(await screen.findByText(/Acceso de emergencia hasta el 20\/11\/2026/)).toBeTruthy();
    const sent = requests.find((r) => r.url.pathname === '/api/v1/break-glass')!;
    expect(JSON.parse(String(sent.init?.body))).toEqual({
      caseNumber: 'COMAR-TAP-2026-000024',
      reason: 'La persona está en ventanilla y necesita su constancia',
    });
  });

  it('does not offer it to a user who may not ask', async () => {
    stubFetch(() => json({ error: { code: 'not_found', message: 'Case not found' } }, 404));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, {
      me: { ...registrationOfficer, permissions: ['case.read'] },
    });
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pedir acceso de emergencia' })).toBeNull();
  });
});
