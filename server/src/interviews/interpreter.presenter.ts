import type { AvailabilityWindow, InterpreterView } from '@refugio/contract';
import type { AvailabilityRow, InterpreterRow } from './interpreter.repository';

const hhmm = (time: string) => time.slice(0, 5);

export function presentAvailability(row: AvailabilityRow): AvailabilityWindow {
  return {
    weekday: row.weekday,
    starts: hhmm(row.starts),
    ends: hhmm(row.ends),
    mode: row.mode,
    officeId: row.office_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export function presentInterpreter(
  row: InterpreterRow,
  availability: readonly AvailabilityRow[],
): InterpreterView {
  return {
    id: row.id,
    fullName: row.full_name,
    sex: row.sex,
    languages: row.languages.map((l) => l.trim()),
    languageNotes: row.language_notes,
    officeIds: row.office_ids,
    engagement: row.engagement,
    phone: row.phone,
    email: row.email,
    active: row.active,
    confidentialitySignedOn: row.confidentiality_signed_on,
    availability: availability.filter((a) => a.interpreter_id === row.id).map(presentAvailability),
    version: row.version,
  };
}
