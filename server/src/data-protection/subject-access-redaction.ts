import type { Attendee, TurnSpeaker } from '@refugio/contract';
import type { SubjectAccessAttendee, SubjectAccessTurn } from '@refugio/contract';

/**
 * What of an interview of the subject is theirs to receive. The subject ('applicant'), their
 * representative and the officials (officer, interpreter, UNHCR) spoke to or for the subject, and
 * officials act in public office; anyone else present (a relative, a guardian, a witness) is a third
 * party: their words and their name are withheld, their role stays so the record reads whole.
 */
const subjectSideSpeakers: readonly TurnSpeaker[] = ['officer', 'applicant', 'interpreter', 'representative'];
const namedAttendeeRoles: readonly Attendee['role'][] = [
  'applicant',
  'officer',
  'interpreter',
  'representative',
  'unhcr',
];

export function redactTurns(
  turns: readonly { position: number; speaker: TurnSpeaker; text: string }[],
): SubjectAccessTurn[] {
  return turns.map((t) =>
    subjectSideSpeakers.includes(t.speaker)
      ? { position: t.position, speaker: t.speaker, text: t.text, withheld: false }
      : { position: t.position, speaker: t.speaker, text: null, withheld: true },
  );
}

export function redactAttendees(attendees: readonly Attendee[]): SubjectAccessAttendee[] {
  return attendees.map((a) =>
    namedAttendeeRoles.includes(a.role)
      ? { role: a.role, name: a.name, withheld: false }
      : { role: a.role, name: null, withheld: true },
  );
}

/**
 * Whether a case event concerns the subject: events about the whole case do; an event that names a
 * person (`personId`, `personIds`) concerns only those it names.
 */
export function eventConcerns(data: Record<string, unknown>, personId: string): boolean {
  const named: unknown[] = [];
  if (typeof data.personId === 'string') named.push(data.personId);
  if (Array.isArray(data.personIds)) named.push(...(data.personIds as unknown[]));
  return named.length === 0 || named.includes(personId);
}

/** Whether a document is about the subject: filed for them, or for the case as a whole. */
export const documentConcerns = (documentPersonId: string | null, personId: string): boolean =>
  documentPersonId === null || documentPersonId === personId;
