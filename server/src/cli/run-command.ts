import { loadConfig, type Config } from '../config/config';
import { AppError } from '../errors/app-error';

/** Runs a command with the configuration; prints errors as one clear line (fields included), exit 1. */
export async function runCommand(command: (config: Config) => Promise<void>): Promise<void> {
  try {
    await command(loadConfig());
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      console.error(`Error: ${error.fields.map((f) => `${f.path}: ${f.message}`).join('\n       ')}`);
    } else {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  }
}
