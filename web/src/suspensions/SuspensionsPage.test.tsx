import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RecomputationView, SuspensionList, SuspensionView } from '@refugio/contract';
import { mexico, officeTap, petronaCase, supervisor } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { SuspensionsPage } from './SuspensionsPage';

const tap = { id: officeTap.id, code: officeTap.code, name: officeTap.name };
const marta = { id: supervisor.user.id, name: supervisor.user.name };

const officeClosed: SuspensionView = {
  id: '4f0e2c55-3f7b-4b8e-9a57-6c1a2b3c4d5e',
  scope: 'office',
  case: null,
  office: tap,
  startsOn: '2026-03-02',
  endsOn: null,
  legalBasis: 'Acuerdo COMAR 01/2026',
  reason: 'Cierre de la oficina por inundación',
  status: 'active',
  version: 3,
  createdAt: '2026-03-02T15:00:00.000Z',
  createdBy: marta,
  history: [
    {
      kind: 'created',
      at: '2026-03-02T15:00:00.000Z',
      actor: marta,
      reason: 'Cierre de la oficina por inundación',
      startsOn: '2026-03-02',
      endsOn: null,
      legalBasis: 'Acuerdo COMAR 01/2026',
    },
  ],
  actions: ['lift', 'correct', 'withdraw'],
};

const withdrawn: SuspensionView = {
  ...officeClosed,
  id: '7a9b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
  scope: 'authority',
  office: null,
  startsOn: '2026-01-05',
  endsOn: '2026-01-09',
  status: 'withdrawn',
  version: 2,
  actions: [],
};

const list: SuspensionList = {
  items: [officeClosed, withdrawn],
  canSuspend: ['case', 'office', 'authority'],
};

const recomputation = (
  done: number,
  status: RecomputationView['status'],
  changed: number,
): RecomputationView => ({
  id: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  status,
  total: 100,
  done,
  changed,
  startedAt: '2026-03-02T15:00:00.000Z',
  finishedAt: status === 'done' ? '2026-03-02T15:00:03.000Z' : null,
});

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
/** The change form whose heading reads `title`. */
const changeForm = (title: string) => within(screen.getByRole('heading', { name: title }).closest('form')!);

describe('SuspensionsPage', () => {
  it('lists suspensions with scope, office, dates, basis and status; the history opens on demand', async () => {
    const requests = stubFetch(() => json(list));
    renderSignedIn(<SuspensionsPage />, { path: '/suspensions', me: supervisor });
    const table = within(await screen.findByRole('table'));
    expect(`${requests[0]?.url.pathname}${requests[0]?.url.search}`).toBe(
      '/api/v1/clock-suspensions?status=active',
    );
    const office = within(table.getAllByRole('row')[1]!);
    expect(office.getByText('Oficina')).toBeTruthy();
    expect(office.getByText(officeTap.name)).toBeTruthy();
    expect(office.getByText('02/03/2026')).toBeTruthy();
    expect(office.getByText('sin fecha de término')).toBeTruthy();
    expect(office.getByText('Acuerdo COMAR 01/2026')).toBeTruthy();
    expect(office.getByText('Vigente')).toBeTruthy();
    expect(office.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Historial (1)',
      'Levantar',
      'Corregir',
      'Retirar',
    ]);
    const authority = within(table.getAllByRole('row')[2]!);
    expect(authority.getByText('Todas las oficinas')).toBeTruthy();
    expect(authority.getByText('Retirada')).toBeTruthy();
    expect(authority.getAllByRole('button').map((b) => b.textContent)).toEqual(['Historial (1)']);

    expect(screen.queryByRole('region', { name: /Historial de la suspensión/ })).toBeNull();
    fireEvent.click(office.getByRole('button', { name: 'Historial (1)' }));
    const history = within(
      screen.getByRole('region', { name: 'Historial de la suspensión desde el 02/03/2026' }),
    );
    expect(history.getByText('Registrada')).toBeTruthy();
    expect(history.getByText('02/03/2026 09:00')).toBeTruthy();
    expect(
      history.getByText('Desde el 02/03/2026, sin fecha de término · Acuerdo COMAR 01/2026'),
    ).toBeTruthy();
  });

  it('suspends the clocks of the case it was opened from, then follows the recomputation to its result', async () => {
    let polls = 0;
    const requests = stubFetch((url, init) => {
      if (url.pathname === `/api/v1/cases/${petronaCase.id}`) return json(petronaCase);
      if (url.pathname === '/api/v1/clock-suspensions' && init?.method === 'POST')
        return json({ suspension: officeClosed, recomputation: recomputation(40, 'running', 3) }, 201);
      if (url.pathname.startsWith('/api/v1/clock-recomputations/'))
        return json(++polls === 1 ? recomputation(80, 'running', 5) : recomputation(100, 'done', 7));
      return json(list);
    });
    renderSignedIn(<SuspensionsPage />, { path: `/suspensions?caseId=${petronaCase.id}`, me: supervisor });
    expect(await screen.findByText('Expediente COMAR-TAP-2026-000024')).toBeTruthy();
    expect(requests[0]?.url.searchParams.get('caseId')).toBe(petronaCase.id);
    const scope = screen.getByLabelText('Alcance') as HTMLSelectElement;
    expect([...scope.options].map((o) => o.text)).toEqual(['Expediente', 'Oficina', 'Toda la autoridad']);
    expect(scope.value).toBe('case');

    type('Primer día suspendido', '02/03/2026');
    type('Fundamento legal', 'LRPCAP art. 24, último párrafo');
    type('Motivo', 'Hospitalización de la solicitante');
    fireEvent.click(screen.getByRole('button', { name: 'Suspender plazos' }));

    const bar = (await screen.findByRole('progressbar', {
      name: 'Recálculo de plazos',
    })) as HTMLProgressElement;
    expect(bar.value).toBe(40);
    expect(bar.max).toBe(100);
    expect(
      screen.getByText('Recalculando plazos: 40 de 100 expedientes; en 3 cambió la fecha límite.'),
    ).toBeTruthy();
    expect(
      await screen.findByText('Recalculando plazos: 80 de 100 expedientes; en 5 cambió la fecha límite.'),
    ).toBeTruthy();
    expect(
      await screen.findByText('Se recalcularon 100 expedientes; en 7 cambió la fecha límite.'),
    ).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Suspensión registrada.')).toBeTruthy();

    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/clock-suspensions');
    expect(body(post.init)).toEqual({
      scope: 'case',
      caseId: petronaCase.id,
      startsOn: '2026-03-02',
      endsOn: null,
      legalBasis: 'LRPCAP art. 24, último párrafo',
      reason: 'Hospitalización de la solicitante',
    });
    // The list is read again after the change.
    expect(
      requests.filter((r) => r.url.pathname === '/api/v1/clock-suspensions' && r.init?.method === 'GET')
        .length,
    ).toBe(2);
  });

  it("shows the server's field errors next to the office and the end date", async () => {
    const requests = stubFetch((url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'Invalid',
                fields: [
                  { path: 'officeId', code: 'forbidden', message: 'Not your office' },
                  { path: 'endsOn', code: 'custom', message: 'The end is before the start' },
                ],
              },
            },
            400,
          )
        : json(list),
    );
    renderSignedIn(<SuspensionsPage />, { path: '/suspensions', me: supervisor });
    const scope = (await screen.findByLabelText('Alcance')) as HTMLSelectElement;
    // Without a case file, a single case cannot be chosen here.
    expect([...scope.options].map((o) => o.value)).toEqual(['office', 'authority']);
    expect(screen.getByText(/ábralo y use «Suspender plazos de este expediente»/)).toBeTruthy();
    const office = screen.getByLabelText('Oficina') as HTMLSelectElement;
    expect(office.value).toBe(officeTap.id);
    fireEvent.change(office, { target: { value: mexico.offices[1]!.id } });
    type('Primer día suspendido', '02/03/2026');
    type('Último día suspendido', '06/03/2026');
    type('Fundamento legal', 'Acuerdo 2/2026');
    type('Motivo', 'Cierre');
    fireEvent.click(screen.getByRole('button', { name: 'Suspender plazos' }));

    await screen.findByText('No tiene permiso para elegir esta opción.');
    expect(office.getAttribute('aria-invalid')).toBe('true');
    expect(description(office)).toBe('No tiene permiso para elegir esta opción.');
    const ends = screen.getByLabelText('Último día suspendido');
    expect(description(ends)).toMatch(/^La fecha de término no puede ser anterior a la de inicio\./);
    expect(screen.getByLabelText('Fundamento legal').getAttribute('aria-invalid')).toBeNull();
    expect(body(requests.find((r) => r.init?.method === 'POST')?.init)).toMatchObject({
      scope: 'office',
      officeId: mexico.offices[1]!.id,
      endsOn: '2026-03-06',
    });
  });

  it('refuses an incomplete suspension next to its fields without calling the server', async () => {
    const requests = stubFetch(() => json(list));
    renderSignedIn(<SuspensionsPage />, { path: '/suspensions', me: supervisor });
    fireEvent.click(await screen.findByRole('button', { name: 'Suspender plazos' }));
    const starts = screen.getByLabelText('Primer día suspendido');
    expect(starts.getAttribute('aria-invalid')).toBe('true');
    expect(description(starts)).toBe('Fecha no válida. Escriba dd/mm/aaaa.');
    expect(description(screen.getByLabelText('Motivo'))).toBe('Este campo es obligatorio.');
    // Focus moves in an effect after the error renders.
    await waitFor(() => expect(document.activeElement).toBe(starts));
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });

  it('lifts a suspension with its last day and the version seen', async () => {
    const requests = stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json({
            suspension: { ...officeClosed, endsOn: '2026-03-15' },
            recomputation: recomputation(100, 'done', 4),
          })
        : json(list),
    );
    renderSignedIn(<SuspensionsPage />, { path: '/suspensions', me: supervisor });
    const row = within((await screen.findAllByRole('row'))[1]!);
    fireEvent.click(row.getByRole('button', { name: 'Levantar' }));
    expect(row.getByRole('button', { name: 'Levantar' }).getAttribute('aria-expanded')).toBe('true');
    const form = changeForm('Levantar la suspensión');
    fireEvent.change(form.getByLabelText('Último día suspendido'), { target: { value: '15/03/2026' } });
    fireEvent.click(form.getByRole('button', { name: 'Levantar la suspensión' }));

    expect(await screen.findByText('Suspensión levantada.')).toBeTruthy();
    expect(screen.getByText('Se recalcularon 100 expedientes; en 4 cambió la fecha límite.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/clock-suspensions/${officeClosed.id}/lift`);
    expect(body(post.init)).toEqual({ version: 3, endsOn: '2026-03-15' });
    // A finished recomputation is not polled.
    expect(requests.some((r) => r.url.pathname.startsWith('/api/v1/clock-recomputations'))).toBe(false);
  });

  it('corrects a suspension: its dates and basis as shown, changed where typed, and why', async () => {
    const requests = stubFetch((_url, init) =>
      init?.method === 'POST' ? json({ suspension: officeClosed, recomputation: null }) : json(list),
    );
    renderSignedIn(<SuspensionsPage />, { path: '/suspensions', me: supervisor });
    fireEvent.click(
      within((await screen.findAllByRole('row'))[1]!).getByRole('button', { name: 'Corregir' }),
    );
    const form = changeForm('Corregir la suspensión');
    expect((form.getByLabelText('Primer día suspendido') as HTMLInputElement).value).toBe('02/03/2026');
    fireEvent.change(form.getByLabelText('Fundamento legal'), { target: { value: 'Acuerdo COMAR 02/2026' } });
    fireEvent.change(form.getByLabelText('Por qué se corrige'), {
      target: { value: 'Número de acuerdo erróneo' },
    });
    fireEvent.click(form.getByRole('button', { name: 'Corregir la suspensión' }));
    expect(await screen.findByText('Suspensión corregida.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/clock-suspensions/${officeClosed.id}/correct`);
    expect(body(post.init)).toEqual({
      version: 3,
      startsOn: '2026-03-02',
      endsOn: null,
      legalBasis: 'Acuerdo COMAR 02/2026',
      reason: 'Número de acuerdo erróneo',
    });
  });

  it('on a conflict (409) says someone else changed it and reloads the list', async () => {
    let reloaded = false;
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST')
        return json({ error: { code: 'conflict', message: 'Stale version' } }, 409);
      const current = reloaded ? { ...list, items: [{ ...officeClosed, version: 4 }, withdrawn] } : list;
      return json(current);
    });
    renderSignedIn(<SuspensionsPage />, { path: '/suspensions', me: supervisor });
    fireEvent.click(within((await screen.findAllByRole('row'))[1]!).getByRole('button', { name: 'Retirar' }));
    type('Por qué se retira', 'Registrada por error');
    reloaded = true;
    fireEvent.click(screen.getByRole('button', { name: 'Retirar la suspensión' }));

    expect(await screen.findByText(/Otra persona modificó esta suspensión al mismo tiempo/)).toBeTruthy();
    expect(body(requests.find((r) => r.init?.method === 'POST')?.init)).toEqual({
      version: 3,
      reason: 'Registrada por error',
    });
    const lists = () =>
      requests.filter((r) => r.url.pathname === '/api/v1/clock-suspensions' && r.init?.method === 'GET');
    await waitFor(() => expect(lists().length).toBe(2));
    expect(screen.queryByRole('button', { name: 'Retirar la suspensión' })).toBeNull();
    // Trying again sends the version just reloaded.
    fireEvent.click(within(screen.getAllByRole('row')[1]!).getByRole('button', { name: 'Retirar' }));
    type('Por qué se retira', 'Registrada por error');
    fireEvent.click(screen.getByRole('button', { name: 'Retirar la suspensión' }));
    await waitFor(() => expect(requests.filter((r) => r.init?.method === 'POST').length).toBe(2));
    expect(body(requests.filter((r) => r.init?.method === 'POST')[1]?.init)).toMatchObject({ version: 4 });
  });

  it('shows withdrawn suspensions too when asked, through the URL', async () => {
    const requests = stubFetch(() => json(list));
    const { location } = renderSignedIn(<SuspensionsPage />, { path: '/suspensions', me: supervisor });
    fireEvent.change(await screen.findByLabelText('Mostrar'), { target: { value: 'all' } });
    expect(location.history.at(-1)).toBe('/suspensions?status=all');
    await screen.findByRole('table');
    expect(requests.at(-1)?.url.searchParams.get('status')).toBe('all');
  });

  it('offers no form to a user the server lets suspend nothing', async () => {
    stubFetch(() => json({ ...list, canSuspend: [] }));
    renderSignedIn(<SuspensionsPage />, { path: '/suspensions' });
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Suspender plazos' })).toBeNull();
  });
});
