import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIn, type CaseDetail, type PresentationView } from '@refugio/contract';
import { formatDate } from '../i18n/dates';
import { petronaCase, registrationOfficer } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch, caseFileLoads } from '../testing/render';
import { CaseDetailPage } from './CaseDetailPage';

const presentationsPath = `/api/v1/cases/${petronaCase.id}/presentations`;
const lucia = { id: registrationOfficer.user.id, name: 'Lucía Hernández Ortiz' };

const weekly: PresentationView = {
  frequency: 'weekly',
  legalBasis: 'RLRPCAP art. 24',
  required: true,
  endedBy: null,
  recorded: [
    { date: '2026-11-24', recordedAt: '2026-11-24T16:00:00.000Z', by: lucia },
    { date: '2026-12-02', recordedAt: '2026-12-02T16:00:00.000Z', by: null },
  ],
  missedWeeks: ['2026-12-07', '2026-12-14'],
  consecutiveMissed: 2,
  threshold: null,
  abandonmentIndicated: false,
  noShows: 1,
  canRecord: false,
};

const withPresentation = (presentation: Partial<PresentationView>, version = 2): CaseDetail => ({
  ...petronaCase,
  version,
  presentation: { ...weekly, ...presentation },
});
const recordable = withPresentation({ canRecord: true });

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const title = 'Presentaciones periódicas (firma semanal)';
const panel = async () => within(await screen.findByRole('region', { name: title }));
const fact = (scope: ReturnType<typeof within>, term: string) =>
  scope.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('PresentationsPanel', () => {
  it('shows the legal basis, the signatures, the missed weeks and that the supervisor decides', async () => {
    stubFetch(() => json(withPresentation({})));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const p = await panel();
    expect(p.getByText('Fundamento legal: RLRPCAP art. 24')).toBeTruthy();
    expect(p.getByRole('heading', { name: 'Firmas registradas (2)' })).toBeTruthy();
    expect(p.getByText('02/12/2026')).toBeTruthy();
    expect(p.getByText('24/11/2026 · registrada por Lucía Hernández Ortiz')).toBeTruthy();
    expect(p.getByRole('heading', { name: 'Semanas sin firma (2)' })).toBeTruthy();
    expect(p.getByText('semana del 07/12/2026')).toBeTruthy();
    expect(p.getByText('semana del 14/12/2026')).toBeTruthy();
    expect(fact(p, 'Semanas seguidas sin firma')).toBe('2');
    expect(fact(p, 'Inasistencias a entrevista')).toBe('1');
    expect(fact(p, 'Umbral de abandono')).toBe('No establecido en las fuentes');
    expect(
      p.getByText(
        'El número de firmas omitidas que constituye abandono no está establecido en las fuentes; la supervisión decide.',
      ),
    ).toBeTruthy();
    expect(p.queryByRole('status')).toBeNull();
    expect(p.queryByRole('button', { name: 'Registrar firma' })).toBeNull();
  });

  it('warns that the abandonment rule applies once the law’s threshold is reached', async () => {
    stubFetch(() => json(withPresentation({ threshold: 2, abandonmentIndicated: true })));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const p = await panel();
    expect(p.getByRole('status').textContent).toMatch(
      /^Se alcanzó el número de firmas omitidas .*motivo «Abandono»\.$/,
    );
    expect(fact(p, 'Umbral de abandono')).toBe('2 semanas seguidas sin firma');
    expect(p.queryByText(/la supervisión decide/)).toBeNull();
  });

  it.each([
    ['decision', /^Ya no se requieren presentaciones: la resolución de primera instancia fue emitida\./],
    ['closure', /^El expediente está cerrado: ya no se requieren presentaciones\./],
  ] as const)('says what ended the presentations (%s)', async (endedBy, message) => {
    stubFetch(() => json(withPresentation({ required: false, endedBy })));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const p = await panel();
    expect(p.getByText(message)).toBeTruthy();
  });

  it('is absent where the law requires no periodic presentation', async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    await screen.findByRole('region', { name: 'Vía de procesamiento' });
    expect(screen.queryByRole('region', { name: title })).toBeNull();
  });

  it('records a signature, today by default, with the case version, and shows the case answered', async () => {
    const answered = withPresentation(
      {
        canRecord: true,
        recorded: [
          ...weekly.recorded,
          { date: '2026-12-09', recordedAt: '2026-12-09T16:00:00.000Z', by: lucia },
        ],
        missedWeeks: ['2026-12-14'],
        consecutiveMissed: 1,
      },
      3,
    );
    const requests = stubFetch((_url, init) => json(init?.method === 'POST' ? answered : recordable));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const p = await panel();
    const date = p.getByLabelText('Fecha de la firma') as HTMLInputElement;
    expect(date.value).toBe(formatDate(todayIn('America/Mexico_City')));
    fireEvent.change(date, { target: { value: '09/12/2026' } });
    fireEvent.click(p.getByRole('button', { name: 'Registrar firma' }));

    expect(await p.findByText('Firma del 09/12/2026 registrada.')).toBeTruthy();
    expect(p.getByText('09/12/2026 · registrada por Lucía Hernández Ortiz')).toBeTruthy();
    expect(p.queryByText('semana del 07/12/2026')).toBeNull();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(presentationsPath);
    expect(body(post.init)).toEqual({ version: 2, date: '2026-12-09' });
    expect(caseFileLoads(requests)).toHaveLength(1);
  });

  it("shows the server's date error next to the date, in Spanish", async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'date: A presentation on 2026-12-02 is already recorded',
                fields: [
                  {
                    path: 'date',
                    code: 'already_recorded',
                    message: 'A presentation on 2026-12-02 is already recorded',
                  },
                ],
              },
            },
            400,
          )
        : json(recordable),
    );
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const p = await panel();
    fireEvent.change(p.getByLabelText('Fecha de la firma'), { target: { value: '02/12/2026' } });
    fireEvent.click(p.getByRole('button', { name: 'Registrar firma' }));
    const date = p.getByLabelText('Fecha de la firma');
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(description(date)).toBe('Ya hay una firma registrada en esta fecha.');
    // Focus moves in an effect after the error renders.
    await waitFor(() => expect(document.activeElement).toBe(date));
  });

  it('refuses a date that is not one before calling the server', async () => {
    const requests = stubFetch(() => json(recordable));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const p = await panel();
    fireEvent.change(p.getByLabelText('Fecha de la firma'), { target: { value: '31/02' } });
    fireEvent.click(p.getByRole('button', { name: 'Registrar firma' }));
    expect(description(p.getByLabelText('Fecha de la firma'))).toBe('Fecha no válida. Escriba dd/mm/aaaa.');
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });

  it('on a conflict (409) reloads the case, says so, and a retry sends the new version', async () => {
    let current = recordable;
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST') {
        current = withPresentation({ canRecord: true }, 6);
        return json({ error: { code: 'conflict', message: 'Stale version' } }, 409);
      }
      return json(current);
    });
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const p = await panel();
    fireEvent.change(p.getByLabelText('Fecha de la firma'), { target: { value: '09/12/2026' } });
    fireEvent.click(p.getByRole('button', { name: 'Registrar firma' }));

    expect(await p.findByText(/El expediente cambió mientras registraba la firma/)).toBeTruthy();
    await waitFor(() => expect(caseFileLoads(requests)).toHaveLength(2));
    fireEvent.click(p.getByRole('button', { name: 'Registrar firma' }));
    await waitFor(() => expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(2));
    expect(body(requests.filter((r) => r.init?.method === 'POST')[1]?.init)).toEqual({
      version: 6,
      date: '2026-12-09',
    });
  });
});
