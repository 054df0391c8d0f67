import { describe, expect, it } from 'vitest';
import { unmetSameSex } from './same-sex';

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
