import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { petronaCase, registrationOfficer, supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { SharingPanel } from './SharingPanel';

const [petrona] = petronaCase.people as [(typeof petronaCase.people)[0]];
const noop = () => undefined;
const exporter = {
  ...supervisor,
  permissions: [...supervisor.permissions, 'subject_access.export' as const],
};

// jsdom has no object URLs: give the download something to point at, and take it back after.
const saved: string[] = [];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = () => 'blob:refugio';
  URL.revokeObjectURL = noop;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push(this.download);
  };
});
afterEach(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
  delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
});

function serve(exportResponse: () => Promise<Response>) {
  return stubFetch((url) => {
    if (url.pathname.endsWith('/consents')) return json({ people: [] });
    if (url.pathname.includes('/subject-access.')) return exportResponse();
    return json({ disclosures: [], recipients: [] });
  });
}

describe('SubjectAccessExports', () => {
  it('is not offered to who may not export', async () => {
    serve(() => Promise.resolve(json({}, 500)));
    renderSignedIn(<SharingPanel detail={petronaCase} onReplace={noop} onReload={noop} />, {
      me: registrationOfficer,
    });
    await screen.findByText('No se han compartido datos de este expediente.');
    expect(screen.queryByText('Acceso a datos personales')).toBeNull();
    expect(screen.queryAllByRole('button', { name: /Exportar datos personales/ })).toHaveLength(0);
  });

  it('downloads a person’s PDF in the chosen language, showing that it is being prepared', async () => {
    let release: (r: Response) => void = noop;
    const requests = serve(() => new Promise<Response>((resolve) => (release = resolve)));
    renderSignedIn(<SharingPanel detail={petronaCase} onReplace={noop} onReload={noop} />, { me: exporter });
    fireEvent.change(await screen.findByLabelText('Idioma del documento'), { target: { value: 'en' } });
    const button = screen.getByRole('button', {
      name: `Exportar datos personales (acceso) de ${petrona.givenNames} ${petrona.firstSurname}${petrona.secondSurname ? ` ${petrona.secondSurname}` : ''} en PDF`,
    });
    fireEvent.click(button);
    expect(await screen.findByText('Preparando la exportación…')).toBeTruthy();
    expect(
      screen
        .getAllByRole('button', { name: /Exportar datos personales/ })
        .every((b) => b.hasAttribute('disabled')),
    ).toBe(true);
    const call = requests.find((r) => r.url.pathname.includes('subject-access'))!;
    expect(call.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/people/${petrona.id}/subject-access.pdf`);
    expect(call.url.searchParams.get('lang')).toBe('en');
    release(new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }));
    const done = await screen.findByText(/exportados como/);
    expect(done.textContent).toContain(`${petronaCase.caseNumber}-${petrona.givenNames.split(' ')[0]}`);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/acceso\.pdf$/);
    expect(screen.queryByText('Preparando la exportación…')).toBeNull();
  });

  it('says why when the server refuses, and saves nothing', async () => {
    serve(() => Promise.resolve(json({ error: { code: 'forbidden', message: 'Forbidden' } }, 403)));
    renderSignedIn(<SharingPanel detail={petronaCase} onReplace={noop} onReload={noop} />, { me: exporter });
    const list = (await screen.findByText('Acceso a datos personales')).closest('div')!;
    fireEvent.click(within(list).getAllByRole('button', { name: /en JSON$/ })[0]!);
    expect(await screen.findByText('No tiene permiso para realizar esta acción.')).toBeTruthy();
    expect(saved).toHaveLength(0);
  });
});
