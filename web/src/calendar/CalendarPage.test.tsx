import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarYearView, DeclaredDayView, RecomputationView } from '@refugio/contract';
import { administrator, eligibilityOfficer } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { CalendarPage } from './CalendarPage';

const ana = { id: administrator.user.id, name: administrator.user.name };

const contingency: DeclaredDayView = {
  id: '2b7d9c1e-4a3f-4e5d-8c7b-6a5f4e3d2c1b',
  date: '2026-05-15',
  reason: 'Cierre por contingencia sanitaria',
  legalBasis: 'Acuerdo COMAR 3/2026',
  source: 'DOF 10/05/2026',
  status: 'in_force',
  createdAt: '2026-05-10T16:30:00.000Z',
  createdBy: ana,
  withdrawnAt: null,
  withdrawalReason: null,
};
const mistaken: DeclaredDayView = {
  ...contingency,
  id: '6e5d4c3b-2a1f-4e9d-8c7b-1a2b3c4d5e6f',
  date: '2026-03-20',
  reason: 'Día del personal',
  status: 'withdrawn',
  withdrawnAt: '2026-03-18T17:00:00.000Z',
  withdrawalReason: 'Publicado por error',
};

const year2026: CalendarYearView = {
  country: 'MEX',
  year: 2026,
  days: [
    {
      date: '2026-01-01',
      reasons: [
        {
          kind: 'statutory',
          reason: 'Año Nuevo',
          legalBasis: 'LFT art. 74-I',
          source: 'LFT',
          confidence: 'high',
        },
      ],
    },
    {
      date: '2026-03-14',
      reasons: [
        { kind: 'weekend', reason: 'Sábado', legalBasis: 'LFPA art. 28', source: 'LFPA', confidence: 'high' },
      ],
    },
    {
      date: '2026-04-02',
      reasons: [
        {
          kind: 'candidate',
          reason: 'Jueves Santo',
          legalBasis: 'Acuerdo anual de días inhábiles',
          source: 'Pendiente de publicación en el DOF',
          confidence: 'low',
        },
      ],
    },
    {
      date: '2026-05-15',
      reasons: [
        {
          kind: 'declared',
          reason: 'Cierre por contingencia sanitaria',
          legalBasis: 'Acuerdo COMAR 3/2026',
          source: 'DOF 10/05/2026',
          confidence: 'high',
        },
      ],
    },
  ],
  declared: [contingency, mistaken],
  canDeclare: true,
};

const recomputation = (done: number, status: RecomputationView['status']): RecomputationView => ({
  id: '1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b',
  status,
  total: 50,
  done,
  changed: 12,
  startedAt: '2026-05-10T16:30:00.000Z',
  finishedAt: status === 'done' ? '2026-05-10T16:30:04.000Z' : null,
});

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('CalendarPage', () => {
  // The year selector offers years around today's.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-13T12:00:00-06:00'));
  });
  afterEach(() => vi.useRealTimers());

  it("shows the year's non-working days besides weekends, with kind, basis and source, and the declared days", async () => {
    const requests = stubFetch(() => json({ ...year2026, canDeclare: false }));
    renderSignedIn(<CalendarPage />, { path: '/calendar?year=2026', me: eligibilityOfficer });
    const days = within(await screen.findByRole('region', { name: 'Días inhábiles de 2026' }));
    expect(`${requests[0]?.url.pathname}${requests[0]?.url.search}`).toBe('/api/v1/calendar?year=2026');
    expect((screen.getByLabelText('Año') as HTMLSelectElement).value).toBe('2026');
    const rows = days.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '01/01/2026 jueves',
      '02/04/2026 jueves',
      '15/05/2026 viernes',
    ]);
    const holyThursday = within(rows[1]!);
    expect(holyThursday.getByText('Por confirmar')).toBeTruthy();
    expect(holyThursday.getByText('Acuerdo anual de días inhábiles')).toBeTruthy();
    expect(holyThursday.getByText('Pendiente de publicación en el DOF')).toBeTruthy();
    expect(holyThursday.getByText('Baja')).toBeTruthy();
    expect(within(rows[0]!).getByText('Por ley')).toBeTruthy();
    expect(days.queryByText('Sábado')).toBeNull();

    const declared = within(
      screen.getByRole('region', { name: 'Días declarados inhábiles por la autoridad' }),
    );
    const [inForce, withdrawn] = declared
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r));
    expect(inForce!.getByText('En vigor')).toBeTruthy();
    expect(inForce!.getByText('Ana Administradora')).toBeTruthy();
    expect(inForce!.getByText('10/05/2026 10:30')).toBeTruthy();
    expect(withdrawn!.getByText('Retirado')).toBeTruthy();
    expect(withdrawn!.getByText('Retirado el 18/03/2026 11:00: Publicado por error')).toBeTruthy();
    // Only the server's canDeclare opens the form and the withdraw buttons.
    expect(screen.queryByRole('region', { name: 'Declarar un día inhábil' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retirar' })).toBeNull();
  });

  it('moves to another year through the URL', async () => {
    const requests = stubFetch((url) => json({ ...year2026, year: Number(url.searchParams.get('year')) }));
    const { location } = renderSignedIn(<CalendarPage />, { path: '/calendar' });
    const year = (await screen.findByLabelText('Año')) as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).toEqual(['2023', '2024', '2025', '2026', '2027', '2028']);
    expect(year.value).toBe('2026');
    fireEvent.change(year, { target: { value: '2027' } });
    expect(location.history.at(-1)).toBe('/calendar?year=2027');
    expect(await screen.findByRole('region', { name: 'Días inhábiles de 2027' })).toBeTruthy();
    expect(requests.at(-1)?.url.searchParams.get('year')).toBe('2027');
  });

  it('declares a day, then follows the recomputation of the clocks it moved', async () => {
    let polls = 0;
    const requests = stubFetch((url, init) => {
      if (init?.method === 'POST') {
        const day = { ...contingency, date: '2026-12-24', reason: 'Nochebuena' };
        return json({ day, recomputation: recomputation(10, 'running') }, 201);
      }
      if (url.pathname.startsWith('/api/v1/clock-recomputations/'))
        return json(++polls < 2 ? recomputation(30, 'running') : recomputation(50, 'done'));
      return json(year2026);
    });
    renderSignedIn(<CalendarPage />, { path: '/calendar?year=2026', me: administrator });
    const form = within(await screen.findByRole('region', { name: 'Declarar un día inhábil' }));
    fireEvent.change(form.getByLabelText('Fecha'), { target: { value: '24/12/2026' } });
    fireEvent.change(form.getByLabelText('Motivo'), { target: { value: 'Nochebuena' } });
    fireEvent.change(form.getByLabelText('Fundamento legal'), { target: { value: 'Acuerdo COMAR 9/2026' } });
    fireEvent.change(form.getByLabelText('Fuente'), { target: { value: 'DOF 01/12/2026' } });
    fireEvent.click(form.getByRole('button', { name: 'Declarar inhábil' }));

    const bar = (await screen.findByRole('progressbar', {
      name: 'Recálculo de plazos',
    })) as HTMLProgressElement;
    expect(bar.value).toBe(10);
    expect(screen.getByText('Día declarado inhábil: 24/12/2026.')).toBeTruthy();
    expect(
      await screen.findByText('Recalculando plazos: 30 de 50 expedientes; en 12 cambió la fecha límite.'),
    ).toBeTruthy();
    expect(
      await screen.findByText('Se recalcularon 50 expedientes; en 12 cambió la fecha límite.'),
    ).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();

    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/calendar/declared-days');
    expect(body(post.init)).toEqual({
      date: '2026-12-24',
      reason: 'Nochebuena',
      legalBasis: 'Acuerdo COMAR 9/2026',
      source: 'DOF 01/12/2026',
    });
    expect(requests.filter((r) => r.url.pathname === '/api/v1/calendar').length).toBe(2);
    // The form is ready for the next day.
    expect((form.getByLabelText('Motivo') as HTMLInputElement).value).toBe('');
  });

  it("shows the server's field error next to the date", async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'date: already declared',
                fields: [
                  {
                    path: 'date',
                    code: 'already_declared',
                    message: '2026-05-15 is already declared non-working',
                  },
                ],
              },
            },
            400,
          )
        : json(year2026),
    );
    renderSignedIn(<CalendarPage />, { path: '/calendar?year=2026', me: administrator });
    const form = within(await screen.findByRole('region', { name: 'Declarar un día inhábil' }));
    fireEvent.change(form.getByLabelText('Fecha'), { target: { value: '15/05/2026' } });
    fireEvent.change(form.getByLabelText('Motivo'), { target: { value: 'Contingencia' } });
    fireEvent.change(form.getByLabelText('Fundamento legal'), { target: { value: 'Acuerdo 3/2026' } });
    fireEvent.click(form.getByRole('button', { name: 'Declarar inhábil' }));
    await form.findByText('Este día ya está declarado inhábil.');
    const date = form.getByLabelText('Fecha');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(description(date)).toBe('Este día ya está declarado inhábil.');
    // Focus moves in an effect after the error renders.
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(form.getByLabelText('Motivo').getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses a declaration without legal basis before calling the server', async () => {
    const requests = stubFetch(() => json(year2026));
    renderSignedIn(<CalendarPage />, { path: '/calendar?year=2026', me: administrator });
    const form = within(await screen.findByRole('region', { name: 'Declarar un día inhábil' }));
    fireEvent.change(form.getByLabelText('Fecha'), { target: { value: '24/12/2026' } });
    fireEvent.change(form.getByLabelText('Motivo'), { target: { value: 'Nochebuena' } });
    fireEvent.click(form.getByRole('button', { name: 'Declarar inhábil' }));
    expect(description(form.getByLabelText('Fundamento legal'))).toMatch(/^Este campo es obligatorio\./);
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });

  it('withdraws a declared day with the reason', async () => {
    const requests = stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json({ day: { ...contingency, status: 'withdrawn' }, recomputation: recomputation(50, 'done') })
        : json(year2026),
    );
    renderSignedIn(<CalendarPage />, { path: '/calendar?year=2026', me: administrator });
    const declared = within(
      await screen.findByRole('region', { name: 'Días declarados inhábiles por la autoridad' }),
    );
    // A withdrawn day cannot be withdrawn again.
    expect(declared.getAllByRole('button', { name: 'Retirar' })).toHaveLength(1);
    fireEvent.click(declared.getByRole('button', { name: 'Retirar' }));
    type('Por qué se retira', 'El acuerdo fue revocado');
    fireEvent.click(screen.getByRole('button', { name: 'Retirar la declaración' }));
    expect(await screen.findByText('Declaración del 15/05/2026 retirada.')).toBeTruthy();
    expect(screen.getByText('Se recalcularon 50 expedientes; en 12 cambió la fecha límite.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/calendar/declared-days/${contingency.id}/withdraw`);
    expect(body(post.init)).toEqual({ reason: 'El acuerdo fue revocado' });
  });

  it('on a conflict (409) says someone else changed it and reloads the calendar', async () => {
    const requests = stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json({ error: { code: 'conflict', message: 'The day was already withdrawn' } }, 409)
        : json(year2026),
    );
    renderSignedIn(<CalendarPage />, { path: '/calendar?year=2026', me: administrator });
    fireEvent.click(await screen.findByRole('button', { name: 'Retirar' }));
    type('Por qué se retira', 'Duplicado');
    fireEvent.click(screen.getByRole('button', { name: 'Retirar la declaración' }));
    expect(await screen.findByText(/Otra persona cambió esta declaración al mismo tiempo/)).toBeTruthy();
    await waitFor(() => expect(requests.filter((r) => r.url.pathname === '/api/v1/calendar').length).toBe(2));
    expect(screen.queryByRole('button', { name: 'Retirar la declaración' })).toBeNull();
  });
});
