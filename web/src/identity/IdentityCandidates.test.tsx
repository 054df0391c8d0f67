import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Candidate, CandidateResult, IdentityDecision } from '@refugio/contract';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { emptyPerson } from '../registration/draft';
import { IdentityCandidates, type Decisions } from './IdentityCandidates';

const maria: Candidate = {
  personId: '0b6f3a52-3c2e-4c55-9d8a-6a1f0e2b7c11',
  caseId: '1c7e4b63-4d3f-4d66-8e9b-7b2a1f3c8d22',
  caseNumber: 'COMAR-CMX-2026-000123',
  officeName: 'Oficina Ciudad de México',
  caseStage: 'registered',
  givenNames: 'María José',
  firstSurname: 'Hernández',
  secondSurname: 'Pérez',
  sex: 'F',
  birthDate: '1994-03-08',
  nationalities: ['HND'],
  score: 0.97,
  strong: true,
  fields: [
    { field: 'given_names', level: 'exact', weight: 6.5 },
    { field: 'birth_date', level: 'exact', weight: 9.1 },
    { field: 'sex', level: 'disagree', weight: -2 },
  ],
};

function Harness({ onReported }: { onReported: (c: Candidate[]) => void }) {
  const [person, setPerson] = useState(emptyPerson());
  const [decisions, setDecisions] = useState<Decisions>({});
  return (
    <>
      <label>
        Nombres
        <input
          value={person.givenNames}
          onChange={(e) => setPerson({ ...person, givenNames: e.target.value })}
        />
      </label>
      <label>
        Primer apellido
        <input
          value={person.firstSurname}
          onChange={(e) => setPerson({ ...person, firstSurname: e.target.value })}
        />
      </label>
      <IdentityCandidates
        person={person}
        name="Maria Jose Hernandez"
        decisions={decisions}
        delayMs={5}
        onDecide={(id, d: IdentityDecision | null) =>
          setDecisions((all) => {
            const next = { ...all };
            if (d) next[id] = d;
            else delete next[id];
            return next;
          })
        }
        onCandidates={onReported}
      />
    </>
  );
}

describe('IdentityCandidates', () => {
  it('searches once both names are typed, shows the explanation, and records the decision', async () => {
    const result: CandidateResult = { candidates: [maria], restricted: 1, threshold: 0.9 };
    const requests = stubFetch(() => json(result));
    let reported: Candidate[] = [];
    renderSignedIn(<Harness onReported={(c) => (reported = c)} />);
    fireEvent.change(screen.getByLabelText('Nombres'), { target: { value: 'Maria Jose' } });
    await new Promise((r) => setTimeout(r, 30));
    expect(requests).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Primer apellido'), { target: { value: 'Hernandez' } });
    expect(await screen.findByText('María José Hernández Pérez')).toBeTruthy();
    expect(requests).toHaveLength(1);
    expect(JSON.parse(String(requests[0]!.init?.body))).toMatchObject({
      givenNames: 'Maria Jose',
      firstSurname: 'Hernandez',
    });
    expect(screen.getByText('Nacimiento: 08/03/1994')).toBeTruthy();
    expect(screen.getByText('Coincidencia 97 %')).toBeTruthy();
    expect(screen.getByText('+9.1 bits')).toBeTruthy();
    expect(screen.getByText('-2.0 bits')).toBeTruthy();
    expect(screen.getByText(/posible coincidencia en un expediente restringido/)).toBeTruthy();
    await waitFor(() => expect(reported).toEqual([maria]));
    fireEvent.click(screen.getByRole('button', { name: 'Es la misma persona' }));
    expect(screen.getByText(/Decidido: misma persona/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Es otra persona' })).toBeNull();
  });

  it('says so when the register has nothing similar, and warns when the search fails', async () => {
    stubFetch(() => json({ candidates: [], restricted: 0, threshold: 0.9 }));
    renderSignedIn(<Harness onReported={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Nombres'), { target: { value: 'Ana' } });
    fireEvent.change(screen.getByLabelText('Primer apellido'), { target: { value: 'Ruiz' } });
    expect(await screen.findByText('No hay registros parecidos en el registro.')).toBeTruthy();
    stubFetch(() => json({ error: { code: 'internal', message: 'x' } }, 500));
    fireEvent.change(screen.getByLabelText('Primer apellido'), { target: { value: 'Ruiz Soto' } });
    expect(await screen.findByText(/No se pudo buscar en el registro/)).toBeTruthy();
  });
});
