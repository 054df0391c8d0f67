import { readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'refugio-test-';
const OWNER_FILE = 'owner.pid';

/** A temporary directory that names its owning process, so a later run can tell it is abandoned. */
export function makeOwnedTempDir(kind: 'pg' | 'files'): string {
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${kind}-`));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run killed with SIGKILL cannot clean up, and its postmaster keeps running. The next run stops
 * (through stopCluster) and removes directories whose owner is gone; live ones belong to concurrent runs.
 */
export function removeStaleDirs(stopCluster: (dir: string) => void): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((name) => name.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(tmpdir(), name);
    let pid: number;
    try {
      pid = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue; // Being created right now, or not ours.
    }
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    try {
      if (name.startsWith(`${PREFIX}pg-`)) stopCluster(dir);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another user's leftovers: not ours to remove.
    }
  }
}
