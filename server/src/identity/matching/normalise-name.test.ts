import { describe, expect, it } from 'vitest';
import { foldName, nameTokens, surnameParts } from './normalise-name';

describe('foldName', () => {
  it('folds case, accents, ñ and ü, and keeps one space between words', () => {
    expect(foldName('  MARÍA  José ')).toBe('maria jose');
    expect(foldName('Núñez')).toBe('nunez');
    expect(foldName('Agüero')).toBe('aguero');
    expect(foldName('François')).toBe('francois');
  });

  it('joins apostrophes and splits on hyphens and punctuation', () => {
    expect(foldName("O'Brien")).toBe('obrien');
    expect(foldName('Jean-Baptiste')).toBe('jean baptiste');
    expect(foldName('Ma. Guadalupe')).toBe('ma guadalupe');
  });

  it('keeps different names different', () => {
    expect(foldName('Peña')).toBe('pena');
    expect(foldName('Pena')).toBe('pena'); // decided: ñ ≈ n
    expect(foldName('Ana')).not.toBe(foldName('Anna'));
  });
});

describe('nameTokens', () => {
  it('drops particles officers write or leave out', () => {
    expect(nameTokens('María de los Ángeles')).toEqual(['maria', 'angeles']);
    expect(nameTokens('Juan de Dios')).toEqual(['juan', 'dios']);
  });

  it('keeps a particle that is the whole name', () => {
    expect(nameTokens('De')).toEqual(['de']);
  });

  it('splits compound given names into tokens', () => {
    expect(nameTokens('José Luis')).toEqual(['jose', 'luis']);
    expect(nameTokens('Jean-Baptiste')).toEqual(['jean', 'baptiste']);
  });
});

describe('surnameParts', () => {
  it('reads both surname fields as one sequence', () => {
    expect(surnameParts('Hernández Pérez', '')).toEqual({ own: ['hernandez', 'perez'], married: [] });
    expect(surnameParts('Hernández', 'Pérez')).toEqual({ own: ['hernandez', 'perez'], married: [] });
  });

  it('drops a leading particle but keeps the surname', () => {
    expect(surnameParts('de la Cruz', 'Pérez')).toEqual({ own: ['cruz', 'perez'], married: [] });
    expect(surnameParts('dos Santos', '')).toEqual({ own: ['santos'], married: [] });
  });

  it('sets a married name ("de" + husband\'s surname) apart', () => {
    expect(surnameParts('López de García', '')).toEqual({ own: ['lopez'], married: ['garcia'] });
    expect(surnameParts('López', 'Pérez vda. de García')).toEqual({
      own: ['lopez', 'perez'],
      married: ['garcia'],
    });
  });

  it('makes one surname of hyphenated parts', () => {
    expect(surnameParts('Saint-Fleur', 'Joseph')).toEqual({ own: ['saintfleur', 'joseph'], married: [] });
    expect(surnameParts('Jean - Baptiste', '')).toEqual({ own: ['jeanbaptiste'], married: [] });
  });

  it('gives nothing for empty fields', () => {
    expect(surnameParts('', '')).toEqual({ own: [], married: [] });
  });
});
