import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { CaseDetailPage } from './CaseDetailPage';

const id = petronaCase.id;

describe('CaseDetailPage', () => {
  it('shows the case data, the filing window and the timeline with dd/mm/yyyy HH:mm', async () => {
    const requests = stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={id} />);
    expect(await screen.findByRole('heading', { name: 'Expediente COMAR-TAP-2026-000024' })).toBeTruthy();
    expect(requests[0]?.url.pathname).toBe(`/api/v1/cases/${id}`);
    const data = within(screen.getByRole('region', { name: 'Datos de la solicitud' }));
    expect(data.getByText('06/11/2026')).toBeTruthy();
    expect(data.getByText('18/11/2026')).toBeTruthy();
    expect(data.getByText('Dentro del plazo: vence el 18/12/2026.')).toBeTruthy();
    const timeline = within(screen.getByRole('region', { name: 'Historial del expediente' }));
    const row = within(timeline.getAllByRole('row')[1]!);
    expect(row.getByText('18/11/2026 14:43')).toBeTruthy();
    expect(row.getByText('Lucía Hernández Ortiz')).toBeTruthy();
    expect(row.getByText('Solicitud registrada · 2 personas')).toBeTruthy();
  });

  it('lists the legal time limits with due date, status and legal basis', async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={id} />);
    const panel = within(await screen.findByRole('region', { name: 'Plazos legales' }));
    const row = within(panel.getAllByRole('row')[1]!);
    expect(row.getByText('Resolución de primera instancia')).toBeTruthy();
    expect(row.getByText('25/01/2027')).toBeTruthy();
    expect(row.getByText('En curso')).toBeTruthy();
    expect(row.getByText('45 días hábiles desde el 18/11/2026 (LRPCAP art. 24)')).toBeTruthy();
  });

  it('names each person, their relationship and specific needs, with proof-of-registration links', async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={id} />);
    const petrona = within(await screen.findByRole('region', { name: 'Petrona Pérez López' }));
    expect(petrona.getByText('Solicitante principal')).toBeTruthy();
    expect(petrona.getByText('Mujer en riesgo')).toBeTruthy();
    expect(petrona.getByText('Madre o padre solo')).toBeTruthy();
    expect(petrona.getByText('Quiché, Español')).toBeTruthy();
    const proof = petrona.getByRole('link', { name: 'Constancia (PDF)' });
    expect(proof.getAttribute('href')).toBe(
      `/api/v1/cases/${id}/people/${petronaCase.people[0]?.id}/proof-of-registration.pdf?lang=es`,
    );
    expect(proof.hasAttribute('download')).toBe(true);
    expect(petrona.getByRole('link', { name: 'Constancia en inglés (PDF)' }).getAttribute('href')).toMatch(
      /lang=en$/,
    );
    const juana = within(screen.getByRole('region', { name: 'Juana Tum Pérez' }));
    expect(juana.getByText('Dependiente · Hija o hijo')).toBeTruthy();
    expect(juana.getByText('Ninguna registrada')).toBeTruthy();
  });

  it('shows no proof-of-registration button when the server does not offer the action', async () => {
    stubFetch(() => json({ ...petronaCase, actions: ['view'] }));
    renderSignedIn(<CaseDetailPage id={id} />);
    await screen.findByRole('region', { name: 'Petrona Pérez López' });
    expect(screen.queryByRole('link', { name: 'Constancia (PDF)' })).toBeNull();
  });

  it('shows the not-found page for a case the server does not show this officer', async () => {
    stubFetch(() => json({ error: { code: 'not_found', message: 'No such case' } }, 404));
    renderSignedIn(<CaseDetailPage id={id} />);
    expect(await screen.findByRole('heading', { name: 'No encontrado' })).toBeTruthy();
  });

  it('in English, the first proof is in English and the second in Spanish', async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={id} />, { language: 'en' });
    const petrona = within(await screen.findByRole('region', { name: 'Petrona Pérez López' }));
    expect(petrona.getByText('Woman at risk')).toBeTruthy();
    expect(petrona.getByRole('link', { name: 'Proof of registration (PDF)' }).getAttribute('href')).toMatch(
      /lang=en$/,
    );
    expect(
      petrona.getByRole('link', { name: 'Proof of registration in Spanish (PDF)' }).getAttribute('href'),
    ).toMatch(/lang=es$/);
  });
});
