/**
 * The missed interviews that count towards abandonment (design §1.5): each `record_no_show` step,
 * except those of an interview whose no-show was justified later (a `no_show_justified` event naming
 * the same interview). A step taken without a record (paper files) counts. Pure.
 */
export function countedNoShows(events: readonly { type: string; data: unknown }[]): number {
  const interviewOf = (data: unknown): string | undefined => {
    const record = (data as { record?: { kind?: unknown; id?: unknown } } | null)?.record;
    return record?.kind === 'interview' && typeof record.id === 'string' ? record.id : undefined;
  };
  const justified = new Set(
    events.filter((e) => e.type === 'no_show_justified').flatMap((e) => interviewOf(e.data) ?? []),
  );
  return events.filter((e) => {
    if (e.type !== 'record_no_show') return false;
    const id = interviewOf(e.data);
    return id === undefined || !justified.has(id);
  }).length;
}
