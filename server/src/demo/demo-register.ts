import type { Kysely } from 'kysely';
import type { InterpreterInput, RoomInput } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { createInterpreter, setInterpreterAvailability } from '../interviews/interpreter.service';
import { createRoom } from '../interviews/room.service';
import { findOfficeByCode } from '../offices/office.repository';

type OfficeCode = 'TAP' | 'CMX' | 'TIJ' | 'MTY';

interface DemoInterpreter {
  entry: Omit<InterpreterInput, 'officeIds'> & { offices: OfficeCode[] };
  /** Weekly windows: weekdays, hours, and where (an office code, or remote from anywhere). */
  windows: { weekdays: number[]; starts: string; ends: string; mode: 'in_person' | 'remote' | 'both' }[];
}

const weekdays = [1, 2, 3, 4, 5];

/**
 * The interpreter register an administrator of COMAR would keep: Haitian Creole in Tapachula, Mayan
 * languages, Garifuna and English at a distance, both sexes; one volunteer who has not yet signed the
 * confidentiality undertaking (LRPCAP art. 23 ¶3), so cannot be booked. Invented people.
 */
export const demoInterpreters: readonly DemoInterpreter[] = [
  {
    entry: {
      fullName: 'Marie-Lourdes Exantus',
      sex: 'F',
      languages: ['hat', 'fra', 'spa'],
      languageNotes: 'Criollo haitiano de Puerto Príncipe y del sur (Les Cayes).',
      offices: ['TAP'],
      engagement: 'contracted',
      phone: '+52 962 118 4420',
      confidentialitySignedOn: '2026-01-20',
    },
    windows: [{ weekdays, starts: '08:30', ends: '17:30', mode: 'in_person' }],
  },
  {
    entry: {
      fullName: 'Wilner Jean-Baptiste',
      sex: 'M',
      languages: ['hat', 'fra', 'eng'],
      languageNotes: 'Criollo haitiano; interpreta también del francés.',
      offices: ['TAP'],
      engagement: 'contracted',
      phone: '+52 962 137 0981',
      confidentialitySignedOn: '2026-02-03',
    },
    windows: [{ weekdays, starts: '08:30', ends: '17:30', mode: 'both' }],
  },
  {
    entry: {
      fullName: 'Rosalía Tzoc Ixcoy',
      sex: 'F',
      languages: ['quc', 'spa'],
      languageNotes: "K'iche' de Santa Cruz del Quiché y Totonicapán.",
      offices: ['TAP'],
      engagement: 'volunteer',
      phone: '+52 962 145 2276',
      confidentialitySignedOn: '2026-03-11',
    },
    windows: [{ weekdays: [1, 2, 3, 4], starts: '09:00', ends: '17:00', mode: 'in_person' }],
  },
  {
    entry: {
      fullName: 'Baltazar Pérez Ramírez',
      sex: 'M',
      languages: ['mam', 'spa'],
      languageNotes: 'Mam de San Marcos y Huehuetenango. En Tapachula, solo a distancia.',
      offices: ['CMX'],
      engagement: 'contracted',
      phone: '+52 55 4310 8872',
      confidentialitySignedOn: '2025-11-04',
    },
    windows: [
      { weekdays: [2, 4], starts: '09:00', ends: '15:00', mode: 'in_person' },
      { weekdays: [1, 3, 5], starts: '10:00', ends: '14:00', mode: 'remote' },
    ],
  },
  {
    entry: {
      fullName: 'Dilcia Martínez Arzú',
      sex: 'F',
      languages: ['cab', 'spa', 'eng'],
      languageNotes: 'Garífuna de la costa norte de Honduras.',
      offices: [],
      engagement: 'contracted',
      email: 'dilcia.martinez@example.org',
      confidentialitySignedOn: '2026-05-20',
    },
    windows: [{ weekdays, starts: '09:00', ends: '14:00', mode: 'remote' }],
  },
  {
    entry: {
      fullName: 'Nathalie Duvivier Moreau',
      sex: 'F',
      languages: ['fra', 'eng', 'spa'],
      offices: ['CMX'],
      engagement: 'staff',
      confidentialitySignedOn: '2025-08-12',
    },
    windows: [{ weekdays, starts: '09:00', ends: '17:00', mode: 'both' }],
  },
  {
    entry: {
      fullName: 'Kevin Arnold Flowers',
      sex: 'M',
      languages: ['eng', 'spa'],
      languageNotes: 'Inglés del Caribe (Belice, Islas de la Bahía).',
      offices: [],
      engagement: 'contracted',
      confidentialitySignedOn: '2026-04-02',
    },
    windows: [{ weekdays: [1, 3, 5], starts: '09:00', ends: '13:00', mode: 'remote' }],
  },
  {
    entry: {
      fullName: 'Mirlande Saint-Fleur',
      sex: 'F',
      languages: ['hat', 'spa'],
      languageNotes: 'Voluntaria; pendiente de firmar el compromiso de confidencialidad.',
      offices: ['TAP'],
      engagement: 'volunteer',
      confidentialitySignedOn: null,
    },
    windows: [],
  },
];

/** Interview rooms by office; Tapachula has a family room and one for video calls. */
export const demoRooms: readonly (Omit<RoomInput, 'officeId'> & { office: OfficeCode })[] = [
  { office: 'TAP', name: 'Sala de entrevistas 1', capacity: 4, features: ['accessible'] },
  { office: 'TAP', name: 'Sala de entrevistas 2', capacity: 3 },
  { office: 'TAP', name: 'Sala familiar', capacity: 6, features: ['child_friendly', 'accessible'] },
  { office: 'TAP', name: 'Sala de videoconferencia', capacity: 3, features: ['video'] },
  { office: 'CMX', name: 'Sala A', capacity: 4, features: ['video', 'accessible'] },
  { office: 'CMX', name: 'Sala B', capacity: 3 },
  { office: 'TIJ', name: 'Sala de entrevistas', capacity: 4, features: ['video'] },
];

/** The register as the seed made it: interpreter and room ids by name. */
export interface DemoRegister {
  interpreters: Map<
    string,
    { id: string; sex: 'F' | 'M' | 'X'; languages: readonly string[]; bookableInTapachula: boolean }
  >;
  rooms: Map<string, string>;
}

/**
 * Enters the interpreters (with their weekly availability) and the rooms through the same use cases
 * as the administration pages: the administrator keeps the register, each office's supervisor its
 * rooms (the administrator those of offices without one in the demo).
 */
export async function seedRegister(
  db: Kysely<DB>,
  people: { administrator: Actor; supervisor: Actor },
  validFrom: string,
  now: Date,
): Promise<DemoRegister> {
  const officeIds = new Map<string, string>();
  for (const code of ['TAP', 'CMX', 'TIJ', 'MTY'] as const) {
    const office = await findOfficeByCode(db, code);
    if (office) officeIds.set(code, office.id);
  }
  const officeId = (code: OfficeCode) => officeIds.get(code)!;
  const register: DemoRegister = { interpreters: new Map(), rooms: new Map() };
  for (const { entry, windows } of demoInterpreters) {
    const { offices, ...fields } = entry;
    const added = await createInterpreter(db, people.administrator, {
      ...fields,
      officeIds: offices.map(officeId),
    });
    register.interpreters.set(added.fullName, {
      id: added.id,
      sex: added.sex,
      languages: added.languages,
      bookableInTapachula: offices.includes('TAP') && added.confidentialitySignedOn !== null,
    });
    if (windows.length === 0) continue;
    await setInterpreterAvailability(
      db,
      people.administrator,
      added.id,
      {
        version: added.version,
        windows: windows.flatMap((w) =>
          w.weekdays.map((weekday) => ({
            weekday,
            starts: w.starts,
            ends: w.ends,
            mode: w.mode,
            officeId: w.mode === 'remote' || offices.length === 0 ? null : officeId(offices[0]!),
            validFrom,
          })),
        ),
      },
      now,
    );
  }
  for (const { office, ...room } of demoRooms) {
    const keeper = people.supervisor.officeId === officeId(office) ? people.supervisor : people.administrator;
    const added = await createRoom(db, keeper, { ...room, officeId: officeId(office) });
    register.rooms.set(`${office}/${added.name}`, added.id);
  }
  return register;
}
