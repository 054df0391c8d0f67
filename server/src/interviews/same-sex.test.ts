import { describe, expect, it } from 'vitest';
import { unmetSameSex } from './same-sex';
import { demoUsers } from '../demo/demo-seed';

describe('same-sex interview requests', () => {
  it('is met when officer and interpreter share the applicant’s sex', () => {
    expect(unmetSameSex('F', 'F', 'F')).toEqual([]);
    expect(unmetSameSex('M', 'M', undefined)).toEqual([]);
  });

  it('names each one who does not', () => {
    expect(unmetSameSex('F', 'M', 'F')).toEqual(['officer']);
    expect(unmetSameSex('F', 'F', 'M')).toEqual(['interpreter']);
    expect(unmetSameSex('M', 'F', 'F')).toEqual(['officer', 'interpreter']);
  });

  it('never counts an unknown sex as met', () => {
    expect(unmetSameSex('F', null, 'F')).toEqual(['officer']);
    expect(unmetSameSex('F', 'F', null)).toEqual(['interpreter']);
    expect(unmetSameSex('X', null, undefined)).toEqual(['officer']);
  });
});

describe('same-sex requests in the demo', () => {
  const sexOf = (email: string) => demoUsers.find((u) => u.email === email)!.sex;

  it('records every demo user’s sex, so that the matching can meet a request', () => {
    expect(demoUsers.every((u) => u.sex !== undefined)).toBe(true);
  });

  it('meets a woman’s request with Tapachula’s supervisor and a woman interpreter, not its officer', () => {
    expect(unmetSameSex('F', sexOf('supervision@demo.refugio.mx'), 'F')).toEqual([]);
    expect(unmetSameSex('F', sexOf('elegibilidad@demo.refugio.mx'), 'F')).toEqual(['officer']);
    expect(unmetSameSex('M', sexOf('elegibilidad@demo.refugio.mx'), undefined)).toEqual([]);
  });
});
