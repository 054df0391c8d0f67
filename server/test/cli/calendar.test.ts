import { describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli';

// Each command is a new Node process loading TypeScript through tsx: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

// The calendar commands open no database; REFUGIO_COUNTRY only sets the default --country.
const env = { REFUGIO_COUNTRY: 'MEX' };
const firstLine = (stdout: string) => stdout.split('\n')[0];

describe('refugio calendar, run as an operator runs it', () => {
  it('prints help for the group and both commands', async () => {
    for (const args of [
      ['calendar', '--help'],
      ['calendar', 'add-days', '--help'],
      ['calendar', 'show', '--help'],
    ]) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage: refugio calendar/);
    }
  });

  it('the issue example: 45 working days from 30 March 2026 in Mexico end on 3 June 2026', async () => {
    // Day 1 is Tue 31 Mar (LRPCAP art. 18, LFPA art. 38). LFPA art. 28 closes Fri 1 May and Tue 5 May;
    // Jueves and Viernes Santo count (no SEGOB/COMAR acuerdo). 31 Mar–3 Apr are days 1–4, the weeks to
    // 24 Apr days 5–19, 27–30 Apr 20–23, Mon 4 May 24, 6–8 May 25–27, the weeks to 29 May 28–42, and
    // Mon 1, Tue 2, Wed 3 June 43–45.
    const result = await runCli(
      ['calendar', 'add-days', '--country', 'MEX', '--from', '2026-03-30', '--days', '45', '--working'],
      env,
    );
    expect(result.code).toBe(0);
    expect(firstLine(result.stdout)).toBe('2026-06-03');
    expect(result.stdout).toMatch(/^ {2}2026-05-01 Fri {2}1o\. de mayo \| LFPA art\. 28/m);
    expect(result.stdout).toMatch(/^ {2}2026-05-05 Tue {2}5 de mayo \| LFPA art\. 28/m);
    expect(result.stdout).toMatch(/Skipped 18 Saturdays and Sundays/);
    // The Holy Week candidates are shown as counted, with why.
    expect(result.stdout).toMatch(/2026-04-02 Thu {2}Jueves Santo .*candidate only/);
  });

  it('counts calendar days without --working, and moves a limit off a non-working day with --roll-forward', async () => {
    // 1 Apr + 30 calendar days = Fri 1 May 2026 (LFPA art. 28); LFPA art. 29 moves it to Mon 4 May.
    const plain = await runCli(['calendar', 'add-days', '--from', '2026-04-01', '--days', '30'], env);
    expect(firstLine(plain.stdout)).toBe('2026-05-01');
    expect(plain.stdout).toMatch(/is not a working day/);
    const moved = await runCli(
      ['calendar', 'add-days', '--from', '2026-04-01', '--days', '30', '--roll-forward'],
      env,
    );
    expect(firstLine(moved.stdout)).toBe('2026-05-04');
  });

  it('follows the deployment choice for the labour-law Mondays', async () => {
    // From Fri 13 Mar 2026, 1 working day: Mon 16 Mar, or Tue 17 when the third Monday of March is observed.
    const args = ['calendar', 'add-days', '--from', '2026-03-13', '--days', '1', '--working'];
    expect(firstLine((await runCli(args, env)).stdout)).toBe('2026-03-16');
    expect(firstLine((await runCli([...args, '--observed'], env)).stdout)).toBe('2026-03-17');
  });

  it("lists Costa Rica's 2026 non-working weekdays with their source", async () => {
    const result = await runCli(['calendar', 'show', '--country', 'CRI', '--year', '2026'], env);
    expect(result.code).toBe(0);
    const listed = result.stdout.split('\n').filter((line) => /^ {2}\d{4}-/.test(line));
    expect(listed.slice(0, 8).map((line) => line.slice(2, 12))).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-05-01',
      '2026-08-31',
      '2026-09-15',
      '2026-12-01',
      '2026-12-25',
    ]);
    expect(listed[0]).toContain('Código de Trabajo art. 148');
    expect(listed[0]).toContain('countries/calendars/cri_nonworking_2024_2026.csv');
    expect(result.stdout).toMatch(
      /Counted as working days, although the sources mention them:\n {2}2026-01-02/,
    );
  });

  it('fails with one line naming the option on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['add-days', '--from', '2026-02-30', '--days', '3'], /^Error: --from: "2026-02-30" is not a date/],
      [['add-days', '--from', '2026-03-30', '--days', '-3'], /^Error: --days: must be a whole number/],
      [
        ['add-days', '--country', 'XYZ', '--from', '2026-03-30', '--days', '3'],
        /^Error: --country: unknown country "XYZ"/,
      ],
      [['show', '--country', 'CRI', '--year', 'next'], /^Error: --year: must be a whole number/],
      [
        ['show', '--country', 'PAN', '--year', '2026', '--observed'],
        /^Error: --observed: applies to Mexico only/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['calendar', ...args], env);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  });
});
