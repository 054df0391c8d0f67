import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseDetail, DeadlineView, SuspensionList } from '@refugio/contract';
import { officeTap, petronaCase, supervisor } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch, caseFileLoads } from '../testing/render';
import { CaseDetailPage } from './CaseDetailPage';

const firstInstance = petronaCase.deadlines[0]!;
const casePath = `/api/v1/cases/${petronaCase.id}`;
const extensionsPath = `${casePath}/deadlines/first_instance_decision/extensions`;

const withDeadline = (deadline: Partial<DeadlineView>, version = 1): CaseDetail => ({
  ...petronaCase,
  version,
  deadlines: [{ ...firstInstance, ...deadline }],
});

const interpreterExtension = {
  reason: 'no_interpreter' as const,
  length: 5,
  note: 'No hay intérprete de quiché',
  grantedAt: '2026-12-01T16:00:00.000Z',
};
const extendable = withDeadline({ extendable: true, extendedBy: 5, extensions: [interpreterExtension] });

const officeClosed: SuspensionList = {
  items: [
    {
      id: '4f0e2c55-3f7b-4b8e-9a57-6c1a2b3c4d5e',
      scope: 'office',
      case: null,
      office: { id: officeTap.id, code: officeTap.code, name: officeTap.name },
      startsOn: '2026-12-02',
      endsOn: null,
      legalBasis: 'Acuerdo COMAR 01/2026',
      reason: 'Cierre por inundación',
      status: 'active',
      version: 1,
      createdAt: '2026-12-02T15:00:00.000Z',
      createdBy: null,
      history: [],
      actions: [],
    },
  ],
  canSuspend: [],
};

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const panel = async () => within(await screen.findByRole('region', { name: 'Plazos legales' }));

describe('CaseDeadlines', () => {
  it('shows a suspended limit without due date: since when, what is left, and that it is paused today', async () => {
    const suspended = withDeadline({
      dueDate: null,
      status: 'suspended',
      unitsLeft: 12,
      pausedDays: 9,
      pausedToday: true,
    });
    const requests = stubFetch((url) => (url.pathname === casePath ? json(suspended) : json(officeClosed)));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const row = within((await panel()).getAllByRole('row')[1]!);
    expect(await row.findByText('Suspendido desde el 02/12/2026 — quedan 12 días hábiles')).toBeTruthy();
    expect(row.getByText('Suspendido')).toBeTruthy();
    expect(row.getByText('Plazo suspendido hoy')).toBeTruthy();
    expect(row.getByText('9 días naturales sin contar por suspensión')).toBeTruthy();
    expect(row.queryByText('25/01/2027')).toBeNull();
    const list = requests.find((r) => r.url.pathname === '/api/v1/clock-suspensions')!;
    expect(list.url.searchParams.get('caseId')).toBe(petronaCase.id);
    expect(list.url.searchParams.get('status')).toBe('active');
  });

  it('asks nothing about suspensions while no limit of the case is suspended', async () => {
    const requests = stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    within((await panel()).getAllByRole('row')[1]!).getByText('25/01/2027');
    expect(requests.map((r) => r.url.pathname)).toEqual([casePath]);
  });

  it('lists the extensions granted, and offers to extend only a limit the server says is extendable', async () => {
    stubFetch(() => json(extendable));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const row = within((await panel()).getAllByRole('row')[1]!);
    expect(
      row.getByText('45 días hábiles + 5 días hábiles de ampliación desde el 18/11/2026 (LRPCAP art. 24)'),
    ).toBeTruthy();
    expect(row.getByText('01/12/2026 10:00: +5 días hábiles — No se cuenta con intérprete')).toBeTruthy();
    expect(row.getByText(/No hay intérprete de quiché/)).toBeTruthy();
    const extend = row.getByRole('button', { name: 'Ampliar plazo' });
    expect(description(extend)).toBe('Resolución de primera instancia');
  });

  it('has no extend button when the limit is not extendable', async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    await panel();
    expect(screen.queryByRole('button', { name: 'Ampliar plazo' })).toBeNull();
  });

  it('extends a limit with the case version and shows the case the server answers', async () => {
    const extended = withDeadline(
      {
        dueDate: '2027-02-08',
        extendedBy: 15,
        extensions: [
          interpreterExtension,
          { reason: 'health', length: 10, note: 'Hospitalizada', grantedAt: '2026-12-10T16:00:00.000Z' },
        ],
      },
      2,
    );
    const requests = stubFetch((_url, init) => json(init?.method === 'POST' ? extended : extendable));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    fireEvent.click((await panel()).getByRole('button', { name: 'Ampliar plazo' }));
    const form = within(
      screen
        .getByRole('heading', { name: 'Ampliar plazo: Resolución de primera instancia' })
        .closest('form')!,
    );
    const reason = form.getByLabelText('Motivo de la ampliación') as HTMLSelectElement;
    expect([...reason.options].slice(1).map((o) => o.text)).toEqual([
      'No se cuenta con la información necesaria',
      'No se cuenta con intérprete',
      'Razones de salud',
      'Pruebas ofrecidas por el solicitante',
      'Caso fortuito o fuerza mayor',
      'Caso excepcional',
    ]);
    fireEvent.change(reason, { target: { value: 'health' } });
    fireEvent.change(form.getByLabelText('Ampliación (días hábiles)'), { target: { value: '10' } });
    fireEvent.change(form.getByLabelText('Observaciones'), { target: { value: 'Hospitalizada' } });
    fireEvent.click(form.getByRole('button', { name: 'Conceder la ampliación' }));

    expect(await screen.findByText('Se amplió el plazo «Resolución de primera instancia».')).toBeTruthy();
    const row = within((await panel()).getAllByRole('row')[1]!);
    expect(row.getByText('08/02/2027')).toBeTruthy();
    expect(row.getByText(/^10\/12\/2026 10:00: \+10 días hábiles — Razones de salud/)).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(extensionsPath);
    expect(body(post.init)).toEqual({ version: 1, reason: 'health', length: 10, note: 'Hospitalizada' });
    // The answer replaced the case: it was not read again.
    expect(caseFileLoads(requests)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Conceder la ampliación' })).toBeNull();
  });

  it("shows the server's field error next to the length, in Spanish", async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'length',
                fields: [
                  {
                    path: 'length',
                    code: 'too_long',
                    message: 'first_instance_decision may be extended by 20 working_days in all',
                  },
                ],
              },
            },
            400,
          )
        : json(extendable),
    );
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    fireEvent.click((await panel()).getByRole('button', { name: 'Ampliar plazo' }));
    fireEvent.change(screen.getByLabelText('Motivo de la ampliación'), {
      target: { value: 'force_majeure' },
    });
    fireEvent.change(screen.getByLabelText('Ampliación (días hábiles)'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Conceder la ampliación' }));
    const length = screen.getByLabelText('Ampliación (días hábiles)');
    await waitFor(() => expect(length.getAttribute('aria-invalid')).toBe('true'));
    expect(description(length)).toBe('Supera lo que la ley permite: hasta 20 días hábiles en total.');
    expect(screen.getByLabelText('Motivo de la ampliación').getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses an extension without reason or length before calling the server', async () => {
    const requests = stubFetch(() => json(extendable));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    fireEvent.click((await panel()).getByRole('button', { name: 'Ampliar plazo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Conceder la ampliación' }));
    expect(description(screen.getByLabelText('Motivo de la ampliación'))).toBe('Seleccione una opción.');
    expect(description(screen.getByLabelText('Ampliación (días hábiles)'))).toBe(
      'Este campo es obligatorio.',
    );
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });

  it('on a conflict (409) reloads the case, says so, and a retry sends the new version', async () => {
    let current = extendable;
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST') {
        current = withDeadline({ ...extendable.deadlines[0] }, 7);
        return json({ error: { code: 'conflict', message: 'Stale version' } }, 409);
      }
      return json(current);
    });
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    fireEvent.click((await panel()).getByRole('button', { name: 'Ampliar plazo' }));
    fireEvent.change(screen.getByLabelText('Motivo de la ampliación'), { target: { value: 'health' } });
    fireEvent.change(screen.getByLabelText('Ampliación (días hábiles)'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Conceder la ampliación' }));

    expect(await screen.findByText(/El expediente cambió mientras ampliaba el plazo/)).toBeTruthy();
    await waitFor(() =>
      expect(requests.filter((r) => r.url.pathname === casePath && r.init?.method === 'GET')).toHaveLength(2),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Conceder la ampliación' }));
    await waitFor(() => expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(2));
    expect(body(requests.filter((r) => r.init?.method === 'POST')[1]?.init)).toMatchObject({
      version: 7,
      length: 10,
    });
  });

  it("links a supervisor to suspending this case's time limits", async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    const link = (await panel()).getByRole('link', { name: 'Suspender plazos de este expediente' });
    expect(link.getAttribute('href')).toBe(`/suspensions?caseId=${petronaCase.id}`);
  });

  it('offers no suspension link to an officer who may not suspend', async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    expect((await panel()).queryByRole('link', { name: 'Suspender plazos de este expediente' })).toBeNull();
  });
});
