import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RecomputationView, TimeLimitRulesView, TimeLimitVersionView } from '@refugio/contract';
import { administrator, eligibilityOfficer } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { TimeLimitsPage } from './TimeLimitsPage';

const ana = { id: administrator.user.id, name: administrator.user.name };
const none = {
  id: null,
  recordedBy: null,
  recordedAt: null,
  withdrawnAt: null,
  withdrawalReason: null,
} as const;

const law2011: TimeLimitVersionView = {
  ...none,
  origin: 'profile',
  status: 'known',
  startsOn: 'filing',
  metBy: 'decision_issued',
  length: 45,
  unit: 'working_days',
  whose: 'administration',
  legalBasis: 'LRPCAP art. 24',
  source: 'LRPCAP',
  effectiveFrom: '2011-01-28',
  note: '',
  extendable: true,
};
const reform2026: TimeLimitVersionView = {
  ...law2011,
  origin: 'authority',
  id: '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  length: 30,
  legalBasis: 'LRPCAP art. 24 (reforma 2026)',
  source: 'DOF 15/01/2026',
  effectiveFrom: '2026-02-01',
  extendable: false,
  recordedBy: ana,
  recordedAt: '2026-01-20T16:00:00.000Z',
};
const mistaken: TimeLimitVersionView = {
  ...reform2026,
  id: '7d6c5b4a-3f2e-4d1c-9b8a-7f6e5d4c3b2a',
  status: 'withdrawn',
  length: 20,
  effectiveFrom: '2026-01-15',
  withdrawnAt: '2026-01-21T17:00:00.000Z',
  withdrawalReason: 'Capturada por error',
};
const appealUnknown: TimeLimitVersionView = {
  ...none,
  origin: 'profile',
  status: 'unknown',
  startsOn: null,
  metBy: null,
  length: null,
  unit: null,
  whose: null,
  legalBasis: null,
  source: null,
  effectiveFrom: null,
  note: 'El recurso de revisión sigue el Reglamento, cuyo texto no se obtuvo.',
  extendable: false,
};

const rules = (canManage: boolean): TimeLimitRulesView => ({
  country: 'MEX',
  limits: [
    { id: 'first_instance_decision', versions: [law2011, reform2026, mistaken] },
    { id: 'appeal_decision', versions: [appealUnknown] },
  ],
  canManage,
});

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
const section = async (name: string) => within(await screen.findByRole('region', { name }));
const rowsOf = (region: { getAllByRole: (role: 'row') => HTMLElement[] }) =>
  region
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r));
const change = (scope: { getByLabelText: (label: string) => HTMLElement }, label: string, value: string) =>
  fireEvent.change(scope.getByLabelText(label), { target: { value } });

/** Opens the form to record a version of `limit`, as an administrator. */
async function openForm(limit: string) {
  const region = await section(limit);
  fireEvent.click(region.getByRole('button', { name: 'Registrar una versión' }));
  return region;
}

describe('TimeLimitsPage', () => {
  it('lists every version of each limit, oldest first, with unknown and withdrawn ones marked', async () => {
    const requests = stubFetch(() => json(rules(false)));
    renderSignedIn(<TimeLimitsPage />, { path: '/time-limits', me: eligibilityOfficer });
    const decision = await section('Resolución de primera instancia');
    expect(requests[0]?.url.pathname).toBe('/api/v1/time-limit-rules');
    const [profile, withdrawn, reform] = rowsOf(decision);
    expect(profile!.getByRole('rowheader').textContent).toBe('Perfil del país');
    expect(profile!.getByText('28/01/2011')).toBeTruthy();
    expect(profile!.getByText('45 días hábiles')).toBeTruthy();
    expect(profile!.getByText('Presentación de la solicitud → Emisión de la resolución')).toBeTruthy();
    expect(profile!.getByText('Autoridad')).toBeTruthy();
    expect(profile!.getByText('Sí')).toBeTruthy();
    expect(withdrawn!.getByText('Retirada el 21/01/2026 11:00: Capturada por error')).toBeTruthy();
    expect(reform!.getByText('Registrada por la autoridad')).toBeTruthy();
    expect(reform!.getByText('Ana Administradora, 20/01/2026 10:00')).toBeTruthy();
    expect(reform!.getByText('01/02/2026')).toBeTruthy();
    expect(reform!.getByText('30 días hábiles')).toBeTruthy();
    expect(reform!.getByText('DOF 15/01/2026')).toBeTruthy();
    expect(reform!.getByText('No')).toBeTruthy();

    const [unknown] = rowsOf(await section('Resolver el recurso'));
    expect(unknown!.getByText('Desconocido en la ley según las fuentes')).toBeTruthy();
    expect(unknown!.getByText(appealUnknown.note)).toBeTruthy();
    // Only the server's canManage opens the forms and the withdraw buttons.
    expect(screen.queryByRole('button', { name: 'Registrar una versión' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retirar' })).toBeNull();
  });

  it('starts a new version from the latest known one, and from nothing when the law leaves it unknown', async () => {
    stubFetch(() => json(rules(true)));
    renderSignedIn(<TimeLimitsPage />, { path: '/time-limits', me: administrator });
    const decision = await openForm('Resolución de primera instancia');
    expect((decision.getByLabelText('Corre desde') as HTMLSelectElement).value).toBe('filing');
    expect((decision.getByLabelText('Se cumple con') as HTMLSelectElement).value).toBe('decision_issued');
    expect((decision.getByLabelText('Unidad') as HTMLSelectElement).value).toBe('working_days');
    // An earlier version has an extension, so the new one may keep it.
    expect(decision.getByLabelText('Ampliación')).toBeTruthy();

    const appeal = await openForm('Resolver el recurso');
    expect((appeal.getByLabelText('Corre desde') as HTMLSelectElement).value).toBe('');
    expect((appeal.getByLabelText('Se cumple con') as HTMLSelectElement).value).toBe('');
    expect(appeal.queryByLabelText('Ampliación')).toBeNull();
  });

  it('records a version, then follows the recomputation of the clocks it moved', async () => {
    let polls = 0;
    const requests = stubFetch((url, init) => {
      if (init?.method === 'POST') {
        const rule = {
          ...reform2026,
          id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
          effectiveFrom: '2026-12-01',
        };
        return json({ rule, recomputation: recomputation(10, 'running') }, 201);
      }
      if (url.pathname.startsWith('/api/v1/clock-recomputations/'))
        return json(++polls < 2 ? recomputation(30, 'running') : recomputation(50, 'done'));
      return json(rules(true));
    });
    renderSignedIn(<TimeLimitsPage />, { path: '/time-limits', me: administrator });
    const appeal = await openForm('Resolver el recurso');
    change(appeal, 'En vigor desde', '01/12/2026');
    change(appeal, 'Corre desde', 'appeal_lodged');
    change(appeal, 'Se cumple con', 'appeal_decided');
    change(appeal, 'Duración', '90');
    change(appeal, 'Unidad', 'working_days');
    change(appeal, 'A cargo de', 'administration');
    change(appeal, 'Fundamento legal', 'RLRPCAP art. 80');
    change(appeal, 'Fuente', 'DOF 21/02/2012');
    fireEvent.click(appeal.getByRole('button', { name: 'Registrar la versión' }));

    expect(
      await screen.findByText('Versión de «Resolver el recurso» registrada: en vigor desde el 01/12/2026.'),
    ).toBeTruthy();
    expect(
      await screen.findByText('Se recalcularon 50 expedientes; en 12 cambió la fecha límite.'),
    ).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/time-limit-rules');
    expect(body(post.init)).toEqual({
      limit: 'appeal_decision',
      startsOn: 'appeal_lodged',
      metBy: 'appeal_decided',
      length: 90,
      unit: 'working_days',
      whose: 'administration',
      legalBasis: 'RLRPCAP art. 80',
      source: 'DOF 21/02/2012',
      effectiveFrom: '2026-12-01',
      note: '',
      extension: 'none_known',
    });
    // The list is reloaded and the form closed.
    expect(
      requests.filter((r) => r.url.pathname === '/api/v1/time-limit-rules' && r.init?.method === 'GET'),
    ).toHaveLength(2);
    expect(appeal.queryByRole('button', { name: 'Registrar la versión' })).toBeNull();
  });

  it("shows the server's refusal by the field it names, in the officer's language", async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'effectiveFrom: version exists',
                fields: [
                  {
                    path: 'effectiveFrom',
                    code: 'version_exists',
                    message:
                      'A version of this limit already applies from 2026-02-01: withdraw it or choose another date',
                  },
                ],
              },
            },
            400,
          )
        : json(rules(true)),
    );
    renderSignedIn(<TimeLimitsPage />, { path: '/time-limits', me: administrator });
    const decision = await openForm('Resolución de primera instancia');
    change(decision, 'En vigor desde', '01/02/2026');
    change(decision, 'Duración', '30');
    change(decision, 'Fundamento legal', 'LRPCAP art. 24');
    change(decision, 'Fuente', 'DOF 15/01/2026');
    fireEvent.click(decision.getByRole('button', { name: 'Registrar la versión' }));
    const message =
      'Ya hay una versión de este plazo en vigor desde esta fecha: retírela o elija otra fecha.';
    await decision.findByText(message);
    const date = decision.getByLabelText('En vigor desde');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(description(date)).toMatch(new RegExp(`^${message}`));
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(decision.getByLabelText('Duración').getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses a length that is not a whole number before calling the server', async () => {
    const requests = stubFetch(() => json(rules(true)));
    renderSignedIn(<TimeLimitsPage />, { path: '/time-limits', me: administrator });
    const decision = await openForm('Resolución de primera instancia');
    change(decision, 'Duración', 'treinta');
    fireEvent.click(decision.getByRole('button', { name: 'Registrar la versión' }));
    expect(description(decision.getByLabelText('Duración'))).toBe('Escriba un número entero mayor que cero.');
    expect(description(decision.getByLabelText('Fundamento legal'))).toMatch(/^Este campo es obligatorio\./);
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });

  it('withdraws a version the authority recorded, with the reason', async () => {
    const requests = stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json({ rule: { ...reform2026, status: 'withdrawn' }, recomputation: recomputation(50, 'done') })
        : json(rules(true)),
    );
    renderSignedIn(<TimeLimitsPage />, { path: '/time-limits', me: administrator });
    const decision = await section('Resolución de primera instancia');
    // Neither the profile's version nor a withdrawn one can be withdrawn.
    expect(decision.getAllByRole('button', { name: 'Retirar' })).toHaveLength(1);
    fireEvent.click(decision.getByRole('button', { name: 'Retirar' }));
    change(decision, 'Por qué se retira', 'La reforma fue invalidada');
    fireEvent.click(decision.getByRole('button', { name: 'Retirar la versión' }));
    expect(
      await screen.findByText('Versión de «Resolución de primera instancia» del 01/02/2026 retirada.'),
    ).toBeTruthy();
    expect(screen.getByText('Se recalcularon 50 expedientes; en 12 cambió la fecha límite.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/time-limit-rules/${reform2026.id}/withdraw`);
    expect(body(post.init)).toEqual({ reason: 'La reforma fue invalidada' });
  });

  it('on a conflict (409) says someone else withdrew it and reloads the list', async () => {
    const requests = stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json({ error: { code: 'conflict', message: 'The rule was already withdrawn' } }, 409)
        : json(rules(true)),
    );
    renderSignedIn(<TimeLimitsPage />, { path: '/time-limits', me: administrator });
    fireEvent.click(await screen.findByRole('button', { name: 'Retirar' }));
    change(within(document.body), 'Por qué se retira', 'Duplicada');
    fireEvent.click(screen.getByRole('button', { name: 'Retirar la versión' }));
    expect(await screen.findByText(/Otra persona retiró esta versión al mismo tiempo/)).toBeTruthy();
    await waitFor(() =>
      expect(
        requests.filter((r) => r.url.pathname === '/api/v1/time-limit-rules' && r.init?.method === 'GET'),
      ).toHaveLength(2),
    );
    expect(screen.queryByRole('button', { name: 'Retirar la versión' })).toBeNull();
  });
});
