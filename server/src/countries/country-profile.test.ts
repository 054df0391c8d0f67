import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CountryCode3 } from '@refugio/contract';
import { COUNTRIES_DIR, loadAllCountryProfiles, loadCountryProfile } from './country-profile.loader';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of the real profiles, so a test can break one file without touching the repository. */
function copyOfProfiles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'refugio-countries-'));
  tempDirs.push(dir);
  for (const code of CountryCode3.options)
    copyFileSync(join(COUNTRIES_DIR, `${code}.json`), join(dir, `${code}.json`));
  return dir;
}

type JsonObject = Record<string, unknown>;

function editProfile(dir: string, code: string, edit: (json: JsonObject) => void): string {
  const file = join(dir, `${code}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('country profiles in countries/', () => {
  it('loads and validates one profile per MIRPS state, each under its own code', () => {
    const profiles = loadAllCountryProfiles();
    expect(profiles.map((p) => p.code)).toEqual(CountryCode3.options);
  });

  it('gives every profile a real IANA time zone and paired Spanish and English rights lists', () => {
    for (const profile of loadAllCountryProfiles()) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: profile.timeZone }), profile.code).not.toThrow();
      expect(profile.rightsAndDuties.es.length, profile.code).toBe(profile.rightsAndDuties.en.length);
      expect(profile.rightsAndDuties.es.length, profile.code).toBeGreaterThanOrEqual(5);
      expect(profile.rightsAndDuties.es.length, profile.code).toBeLessThanOrEqual(8);
    }
  });

  it('holds the Mexican filing window of 30 working days from LRPCAP art. 18', () => {
    expect(loadCountryProfile('MEX').filingWindow).toMatchObject({
      status: 'known',
      length: 30,
      unit: 'working_days',
      from: 'entry',
      legalBasis: 'LRPCAP art. 18',
    });
  });

  it('holds the other known filing windows with their units', () => {
    const windows = Object.fromEntries(
      loadAllCountryProfiles().map((p) => [
        p.code,
        p.filingWindow.status === 'known' ? `${p.filingWindow.length} ${p.filingWindow.unit}` : 'unknown',
      ]),
    );
    expect(windows).toEqual({
      BLZ: '14 calendar_days',
      CRI: '1 calendar_months',
      SLV: '5 working_days',
      GTM: 'unknown',
      HND: 'unknown',
      MEX: '30 working_days',
      PAN: '6 calendar_months',
    });
  });

  it('says the filing window is unknown for Guatemala and Honduras instead of inventing one', () => {
    for (const code of ['GTM', 'HND']) {
      // Exact shape: no length or unit may slip in beside the unknown status.
      expect(loadCountryProfile(code).filingWindow, code).toEqual({
        status: 'unknown',
        note: expect.stringMatching(/\S/),
      });
    }
  });

  it('gives every profile a triage: regular by default, specific needs prioritised, overridden by supervisors', () => {
    for (const { code, triage } of loadAllCountryProfiles()) {
      expect(triage.defaultTrack, code).toBe('regular');
      expect(triage.overrideRoles, code).toEqual(['supervisor']);
      expect(triage.rules.at(-1), code).toMatchObject({
        id: 'specific_needs_priority',
        track: 'prioritised',
      });
    }
  });

  it('lists the differentiated tracks the sources give Mexico and Costa Rica, and none for the others', () => {
    const tracks = Object.fromEntries(
      loadAllCountryProfiles().map((p) => [p.code, p.triage.tracks.map((t) => t.id).join(' ')]),
    );
    expect(tracks).toEqual({
      BLZ: 'regular prioritised',
      CRI: 'regular simplified prioritised',
      SLV: 'regular prioritised',
      GTM: 'regular prioritised',
      HND: 'regular prioritised',
      MEX: 'regular accelerated simplified merged_registration_rsd prioritised',
      PAN: 'regular prioritised',
    });
  });

  it("gives no track a timeline of its own, since no source sets one: the procedure's limits apply", () => {
    for (const { code, triage } of loadAllCountryProfiles()) {
      expect(
        triage.tracks.flatMap((t) => t.timeLimits),
        code,
      ).toEqual([]);
    }
  });

  it('returns the cached, frozen profile on the second call', () => {
    const first = loadCountryProfile('CRI');
    expect(loadCountryProfile('CRI')).toBe(first);
    expect(Object.isFrozen(first.filingWindow)).toBe(true);
  });
});

describe('a broken profile', () => {
  it('fails with the file name and every invalid field path', () => {
    const dir = copyOfProfiles();
    const file = editProfile(dir, 'MEX', (json) => {
      (json.filingWindow as JsonObject).length = -30;
      delete (json.name as JsonObject).en;
      (json.rightsAndDuties as { es: string[] }).es[1] = '';
    });
    const error = (() => {
      try {
        loadCountryProfile('MEX', dir);
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected loadCountryProfile to throw');
    })();
    expect(error.message).toContain(file);
    expect(error.message).toContain('filingWindow.length');
    expect(error.message).toContain('name.en');
    expect(error.message).toContain('rightsAndDuties.es.1');
  });

  it('refuses a misspelled or unknown key instead of dropping it silently', () => {
    const dir = copyOfProfiles();
    editProfile(dir, 'GTM', (json) => {
      (json.filingWindow as JsonObject).length = 10;
      (json.caseNumber as JsonObject).nota = 'typo';
    });
    expect(() => loadCountryProfile('GTM', dir)).toThrow(
      /filingWindow[\s\S]*caseNumber|caseNumber[\s\S]*filingWindow/,
    );
  });

  it('refuses a procedure that cannot be followed to its end', () => {
    const dir = copyOfProfiles();
    editProfile(dir, 'MEX', (json) => {
      const procedure = json.procedure as { transitions: { to: string }[] };
      procedure.transitions = procedure.transitions.filter((t) => t.to !== 'closed');
    });
    expect(() => loadCountryProfile('MEX', dir)).toThrow(/MEX\.json is invalid:\n {2}- procedure\./);
  });

  it('refuses a triage rule naming an indicator the profile does not list', () => {
    const dir = copyOfProfiles();
    editProfile(dir, 'CRI', (json) => {
      const triage = json.triage as { rules: { when: { indicatorsAny?: string[] } }[] };
      triage.rules[0]!.when.indicatorsAny = ['nicaraguan_profile'];
    });
    expect(() => loadCountryProfile('CRI', dir)).toThrow(
      /CRI\.json is invalid:\n {2}- triage\.rules\.0\.when\.indicatorsAny\.0: nicaraguan_profile is not an indicator/,
    );
  });

  it('refuses a profile without a triage section', () => {
    const dir = copyOfProfiles();
    editProfile(dir, 'HND', (json) => delete json.triage);
    expect(() => loadCountryProfile('HND', dir)).toThrow(/HND\.json is invalid:\n {2}- triage: /);
  });

  it('fails when a file holds another country under the wrong name', () => {
    const dir = copyOfProfiles();
    copyFileSync(join(COUNTRIES_DIR, 'MEX.json'), join(dir, 'GTM.json'));
    expect(() => loadCountryProfile('GTM', dir)).toThrow(
      /GTM\.json is invalid:\n {2}- code: expected "GTM", found "MEX"/,
    );
  });

  it('fails with the file name when the JSON does not parse', () => {
    const dir = copyOfProfiles();
    writeFileSync(join(dir, 'PAN.json'), '{ "code": "PAN", ');
    expect(() => loadCountryProfile('PAN', dir)).toThrow(/PAN\.json could not be read as JSON/);
  });

  it('fails with the file name when the file is missing', () => {
    const dir = copyOfProfiles();
    rmSync(join(dir, 'BLZ.json'));
    expect(() => loadCountryProfile('BLZ', dir)).toThrow(/BLZ\.json could not be read/);
  });

  it('makes loadAllCountryProfiles report every broken file, and only those', () => {
    const dir = copyOfProfiles();
    editProfile(dir, 'SLV', (json) => ((json.filingWindow as JsonObject).unit = 'fortnights'));
    editProfile(dir, 'HND', (json) => ((json.definitions as JsonObject).cartagena = { status: 'in_force' }));
    let message = '';
    try {
      loadAllCountryProfiles(dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/SLV\.json is invalid:\n {2}- filingWindow\.unit/);
    expect(message).toMatch(/HND\.json is invalid:\n {2}- definitions\.cartagena\.legalBasis/);
    expect(message).not.toMatch(/MEX\.json|CRI\.json|PAN\.json|GTM\.json|BLZ\.json/);
  });
});

describe('an unknown country code', () => {
  it('fails and lists the valid codes', () => {
    expect(() => loadCountryProfile('XYZ')).toThrow(
      'Unknown country code "XYZ". Valid codes: BLZ, CRI, SLV, GTM, HND, MEX, PAN.',
    );
  });

  it('is case-sensitive, so a lower-case code is rejected rather than guessed', () => {
    expect(() => loadCountryProfile('mex')).toThrow(/Unknown country code "mex"/);
  });
});
