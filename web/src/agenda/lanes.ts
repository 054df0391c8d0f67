import type { AgendaInterview, AgendaResourceKind, AgendaView, UnavailabilityView } from '@refugio/contract';

/** How the week is split: a lane per officer, per room or per interpreter. */
export const lenses = ['person', 'room', 'interpreter'] as const;
export type Lens = (typeof lenses)[number];
export const isLens = (value: string | null): value is Lens =>
  (lenses as readonly string[]).includes(value ?? '');

const kindOf: Record<Lens, AgendaResourceKind> = {
  person: 'officer',
  room: 'room',
  interpreter: 'interpreter',
};

/** One column of a day: a resource, its interviews and its unavailability. */
export interface Lane {
  key: string;
  kind: AgendaResourceKind;
  /** Null for the lane of interviews without a room (remote). */
  id: string | null;
  name: string;
  /** The interpreter's languages (ISO 639-3). */
  languages: string[];
  interviews: AgendaInterview[];
  blocks: UnavailabilityView[];
}

interface Resource {
  id: string;
  name: string;
  languages?: string[];
}

/** Which resource of an interview a lens follows. */
function resourceOf(interview: AgendaInterview, lens: Lens): Resource | null {
  switch (lens) {
    case 'person':
      return interview.officer;
    case 'room':
      return interview.room;
    case 'interpreter':
      return interview.interpreter && { id: interview.interpreter.id, name: interview.interpreter.fullName };
  }
}

function resourcesOf(view: AgendaView, lens: Lens): Resource[] {
  switch (lens) {
    case 'person':
      return view.officers;
    case 'room':
      return view.rooms;
    case 'interpreter':
      return view.interpreters.map((i) => ({ id: i.id, name: i.fullName, languages: i.languages }));
  }
}

/**
 * The lanes of a lens: every resource of the office in the server's order, then any the interviews
 * name that the office no longer lists (someone who moved, a room taken out of use) and, by room, a
 * lane for the interviews held remotely.
 */
export function lanesOf(view: AgendaView, lens: Lens): Lane[] {
  const kind = kindOf[lens];
  const lanes = new Map<string, Lane>();
  const laneFor = (resource: Resource) => {
    let lane = lanes.get(resource.id);
    if (!lane) {
      lane = {
        key: `${kind}:${resource.id}`,
        kind,
        id: resource.id,
        name: resource.name,
        languages: resource.languages ?? [],
        interviews: [],
        blocks: [],
      };
      lanes.set(resource.id, lane);
    }
    return lane;
  };
  resourcesOf(view, lens).forEach(laneFor);
  let remote: Lane | undefined;
  for (const interview of view.interviews) {
    // Another office's interview is here only for the interpreter it shares with this one.
    if (lens !== 'interpreter' && interview.officeId !== view.office.id) continue;
    const resource = resourceOf(interview, lens);
    if (resource) laneFor(resource).interviews.push(interview);
    else if (lens === 'room') {
      remote ??= { key: 'room:remote', kind, id: null, name: '', languages: [], interviews: [], blocks: [] };
      remote.interviews.push(interview);
    }
  }
  for (const block of view.unavailability)
    if (block.resourceKind === kind) lanes.get(block.resourceId)?.blocks.push(block);
  return remote ? [...lanes.values(), remote] : [...lanes.values()];
}

/** The name of any resource of the agenda, for a block's label. */
export function resourceName(view: AgendaView, kind: AgendaResourceKind, id: string): string {
  const list: Resource[] =
    kind === 'officer'
      ? view.officers
      : kind === 'room'
        ? view.rooms
        : view.interpreters.map((i) => ({ id: i.id, name: i.fullName }));
  return list.find((r) => r.id === id)?.name ?? '';
}
