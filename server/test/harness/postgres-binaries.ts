import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fromDir(dir: string): PostgresBinaries | null {
  const initdb = join(dir, 'initdb');
  const pgCtl = join(dir, 'pg_ctl');
  return isExecutable(initdb) && isExecutable(pgCtl) ? { initdb, pgCtl } : null;
}

/** Debian keeps server binaries off PATH in /usr/lib/postgresql/<major>/bin; the newest major wins. */
function debianDirs(): string[] {
  try {
    return readdirSync('/usr/lib/postgresql')
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a))
      .map((major) => join('/usr/lib/postgresql', major, 'bin'));
  } catch {
    return [];
  }
}

/** Finds initdb and pg_ctl on PATH, then in /usr/lib/postgresql/<newest>/bin; null when absent. */
export function findPostgresBinaries(): PostgresBinaries | null {
  const pathDirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of [...pathDirs, ...debianDirs()]) {
    const found = fromDir(dir);
    if (found) return found;
  }
  return null;
}
