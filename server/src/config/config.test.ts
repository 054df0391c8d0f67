import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('gives a break-glass grant 4 hours unless REFUGIO_BREAK_GLASS_HOURS says otherwise', () => {
    expect(loadConfig({}).breakGlassHours).toBe(4);
    expect(loadConfig({ REFUGIO_BREAK_GLASS_HOURS: '1' }).breakGlassHours).toBe(1);
    expect(loadConfig({ REFUGIO_BREAK_GLASS_HOURS: '24' }).breakGlassHours).toBe(24);
  });

  it('stops the start on a break-glass length outside 1 to 24 whole hours, naming the setting', () => {
    for (const value of ['0', '25', '2.5', 'cuatro', '-4'])
      expect(() => loadConfig({ REFUGIO_BREAK_GLASS_HOURS: value }), value).toThrow(
        `REFUGIO_BREAK_GLASS_HOURS must be a whole number from 1 to 24, got "${value}"`,
      );
  });

  it('names the setting of a master key file and a document directory as absolute paths', () => {
    const config = loadConfig({ REFUGIO_DATA_DIR: 'datos', REFUGIO_MASTER_KEY_FILE: 'llaves' });
    expect(config.masterKeyFile).toMatch(/^\/.*\/llaves$/);
    expect(config.documentsDir).toMatch(/^\/.*\/datos\/documents$/);
  });
});
