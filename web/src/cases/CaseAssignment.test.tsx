import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseAssignmentView, CaseDetail } from '@refugio/contract';
import { petronaCase, supervisor } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch, caseFileLoads } from '../testing/render';
import { CaseDetailPage } from './CaseDetailPage';

const assignmentPath = `/api/v1/cases/${petronaCase.id}/assignment`;
const marta = { id: '5b1f4c7e-2a3d-4e6f-8a9b-0c1d2e3f4a5b', name: 'Marta Supervisora Ruiz' };
const pedro = { id: '0c9e6b1a-7d2f-4c3b-8e5a-9f1d2c3b4a5e', name: 'Pedro Elegible' };

const withAssignment = (assignment: CaseAssignmentView, version = 5): CaseDetail => ({
  ...petronaCase,
  version,
  assignment,
});
const assignable = withAssignment({ officer: null, candidates: [marta, pedro] });
const assignedToPedro = withAssignment({ officer: pedro, candidates: [marta, pedro] }, 6);

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const choose = (value: string) => fireEvent.change(screen.getByLabelText('Asignar a'), { target: { value } });
const assign = () => fireEvent.click(screen.getByRole('button', { name: 'Asignar' }));

describe('CaseAssignment', () => {
  it('says the case is unassigned and offers no choice to a user the server sends no candidates', async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    expect(await screen.findByText('Sin asignar')).toBeTruthy();
    expect(screen.queryByLabelText('Asignar a')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Asignar' })).toBeNull();
  });

  it('names the officer in charge', async () => {
    stubFetch(() => json(withAssignment({ officer: pedro, candidates: [] })));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    expect(await screen.findByText('Oficial a cargo: Pedro Elegible')).toBeTruthy();
    expect(screen.queryByText('Sin asignar')).toBeNull();
  });

  it('assigns an officer with the case version and shows the case answered', async () => {
    const requests = stubFetch((_url, init) => json(init?.method === 'PUT' ? assignedToPedro : assignable));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    await screen.findByText('Sin asignar');
    const select = screen.getByLabelText('Asignar a') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual([
      'Nadie (sin asignar)',
      'Marta Supervisora Ruiz',
      'Pedro Elegible',
    ]);
    // Nothing to send until the choice differs from who is in charge.
    expect((screen.getByRole('button', { name: 'Asignar' }) as HTMLButtonElement).disabled).toBe(true);
    choose(pedro.id);
    assign();

    expect(await screen.findByText('Oficial a cargo: Pedro Elegible')).toBeTruthy();
    expect(screen.getByText('Caso asignado a Pedro Elegible.')).toBeTruthy();
    const put = requests.find((r) => r.init?.method === 'PUT')!;
    expect(put.url.pathname).toBe(assignmentPath);
    expect(body(put.init)).toEqual({ version: 5, officerId: pedro.id });
    expect(caseFileLoads(requests)).toHaveLength(1);
  });

  it('leaves the case unassigned with officerId null', async () => {
    const requests = stubFetch((_url, init) =>
      json(
        init?.method === 'PUT'
          ? withAssignment({ officer: null, candidates: [marta, pedro] }, 7)
          : assignedToPedro,
      ),
    );
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    await screen.findByText('Oficial a cargo: Pedro Elegible');
    expect((screen.getByLabelText('Asignar a') as HTMLSelectElement).value).toBe(pedro.id);
    choose('');
    assign();
    expect(await screen.findByText('El caso quedó sin asignar.')).toBeTruthy();
    expect(screen.getByText('Sin asignar')).toBeTruthy();
    expect(body(requests.find((r) => r.init?.method === 'PUT')?.init)).toEqual({
      version: 6,
      officerId: null,
    });
  });

  it("shows the server's error next to the choice of officer", async () => {
    stubFetch((_url, init) =>
      init?.method === 'PUT'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: "officerId: Not an officer of the case's office",
                fields: [
                  {
                    path: 'officerId',
                    code: 'not_assignable',
                    message: "Not an officer of the case's office",
                  },
                ],
              },
            },
            400,
          )
        : json(assignable),
    );
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    await screen.findByText('Sin asignar');
    choose(marta.id);
    assign();
    const select = screen.getByLabelText('Asignar a');
    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(description(select)).toBe(
      'Esta persona no puede tener el caso a su cargo (no es oficial de la oficina del expediente).',
    );
  });

  it('on a conflict (409) reloads the case, says so, and a retry sends the new version', async () => {
    let current = assignable;
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'PUT') {
        current = withAssignment(assignable.assignment, 8);
        return json({ error: { code: 'conflict', message: 'Stale version' } }, 409);
      }
      return json(current);
    });
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    await screen.findByText('Sin asignar');
    choose(pedro.id);
    assign();
    expect(await screen.findByText(/El expediente cambió mientras lo asignaba/)).toBeTruthy();
    await waitFor(() => expect(caseFileLoads(requests)).toHaveLength(2));
    assign();
    await waitFor(() => expect(requests.filter((r) => r.init?.method === 'PUT')).toHaveLength(2));
    expect(body(requests.filter((r) => r.init?.method === 'PUT')[1]?.init)).toEqual({
      version: 8,
      officerId: pedro.id,
    });
  });
});
