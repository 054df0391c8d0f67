import type { Kysely } from 'kysely';
import type { CoiSourceInput } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { createCoiSource, supersedeCoiSource } from '../coi/coi-source.service';

/** Which source an assessment cites: by country of origin, and the regional one on state protection. */
export type CoiKey = 'HND' | 'HND-2024' | 'SLV' | 'GTM' | 'NIC' | 'CUB' | 'HTI' | 'VEN' | 'COL' | 'NCA';

const fictional = 'Fuente ficticia de la demostración de Refugio: título, editor y contenido inventados.';

/**
 * A small country-of-origin library: invented reports with plausible titles and publishers for the
 * demo's countries of origin, with example.org links. The 2024 Honduras report is superseded by its
 * 2026 update a few weeks before today, so older assessments show a superseded citation.
 */
export const demoCoiSources: readonly (CoiSourceInput & { key: CoiKey })[] = [
  {
    key: 'HND-2024',
    title: 'Honduras: maras, extorsión y respuesta del Estado',
    publisher: 'Observatorio Centroamericano de Seguridad Ciudadana',
    publishedOn: '2024-06-01',
    datePrecision: 'month',
    url: 'https://example.org/ipo/honduras/maras-extorsion-2024',
    countries: ['HND'],
    topics: ['maras', 'extorsión', 'protección del Estado'],
    language: 'spa',
    summary: `Control territorial de la MS-13 y del Barrio 18 en San Pedro Sula, Tegucigalpa y La Ceiba; cobro del "impuesto de guerra" a comercios y transporte; baja tasa de denuncias y de condenas. ${fictional}`,
  },
  {
    key: 'HND',
    title:
      'Honduras: extorsión, control territorial de las maras y desplazamiento forzado interno (actualización 2026)',
    publisher: 'Observatorio Centroamericano de Seguridad Ciudadana',
    publishedOn: '2026-09-15',
    url: 'https://example.org/ipo/honduras/extorsion-desplazamiento-2026',
    countries: ['HND'],
    topics: ['maras', 'extorsión', 'desplazamiento interno', 'protección del Estado'],
    language: 'spa',
    summary: `Represalias contra comerciantes y transportistas que dejan de pagar; presencia de las maras en todo el país y su capacidad de localizar a quien se traslada; alcance limitado del estado de excepción parcial. ${fictional}`,
  },
  {
    key: 'SLV',
    title: 'El Salvador: régimen de excepción, detenciones masivas y violencia contra las mujeres',
    publisher: 'Centro de Documentación sobre Derechos Humanos de Mesoamérica',
    publishedOn: '2026-02-01',
    datePrecision: 'month',
    url: 'https://example.org/ipo/el-salvador/regimen-excepcion-2026',
    countries: ['SLV'],
    topics: ['régimen de excepción', 'detención arbitraria', 'violencia de género', 'pandillas'],
    language: 'spa',
    summary: `Detenciones sin orden judicial de personas señaladas como pandilleras, malos tratos en centros penales; respuesta institucional insuficiente a la violencia doméstica y sexual cuando el agresor tiene vínculos con pandillas. ${fictional}`,
  },
  {
    key: 'GTM',
    title:
      'Guatemala: criminalización de autoridades indígenas, conflictos agrarios y extorsión al transporte urbano',
    publisher: 'Centro de Documentación sobre Derechos Humanos de Mesoamérica',
    publishedOn: '2025-10-20',
    url: 'https://example.org/ipo/guatemala/autoridades-indigenas-transporte-2025',
    countries: ['GTM'],
    topics: ['pueblos indígenas', 'defensores de la tierra', 'extorsión', 'transporte'],
    language: 'spa',
    summary: `Ataques y denuncias penales contra autoridades comunitarias mayas que se oponen a proyectos extractivos; asesinatos de pilotos de autobús por impago de extorsiones del Barrio 18 en la Ciudad de Guatemala. ${fictional}`,
  },
  {
    key: 'NIC',
    title: 'Nicaragua: persecución de personas opositoras y religiosas, y retiro de la nacionalidad',
    publisher: 'Instituto Interamericano de Estudios sobre Protección',
    publishedOn: '2026-04-30',
    url: 'https://example.org/ipo/nicaragua/persecucion-opositores-2026',
    countries: ['NIC'],
    topics: ['opinión política', 'detención arbitraria', 'libertad religiosa', 'apatridia'],
    language: 'spa',
    summary: `Detenciones en la Dirección de Auxilio Judicial, obligación de presentarse periódicamente ante la Policía, retiro de pasaportes y de la nacionalidad a personas señaladas como "traidoras a la patria". ${fictional}`,
  },
  {
    key: 'CUB',
    title:
      'Cuba: situación de las personas que se manifestaron el 11 de julio de 2021 y de periodistas independientes',
    publisher: 'Red Caribeña de Información Jurídica',
    publishedOn: '2025-12-01',
    datePrecision: 'month',
    url: 'https://example.org/ipo/cuba/11j-periodistas-2025',
    countries: ['CUB'],
    topics: ['opinión política', 'libertad de expresión', 'detención arbitraria'],
    language: 'spa',
    summary: `Condenas de hasta 20 años a manifestantes del 11J, multas bajo el Decreto-Ley 370, prohibiciones de salida ("regulados") y citaciones de familiares de quienes publican en redes. ${fictional}`,
  },
  {
    key: 'HTI',
    title:
      'Haití: violencia de las bandas armadas en Puerto Príncipe y el Artibonito, desplazamiento y violencia sexual',
    publisher: 'Centro de Estudios sobre Desplazamiento en el Caribe',
    publishedOn: '2026-07-10',
    url: 'https://example.org/ipo/haiti/bandas-armadas-2026',
    countries: ['HTI'],
    topics: ['violencia generalizada', 'bandas armadas', 'desplazamiento interno', 'violencia sexual'],
    language: 'spa',
    summary: `Control de la mayor parte de Puerto Príncipe y de las rutas al Artibonito por la coalición de bandas; ataques a barrios enteros, violencia sexual como arma; Policía Nacional sin capacidad de respuesta; más de un millón de personas desplazadas. ${fictional}`,
  },
  {
    key: 'VEN',
    title:
      'Venezuela: represalias contra testigos electorales y personas percibidas como opositoras tras julio de 2024',
    publisher: 'Instituto Andino de Derechos Humanos',
    publishedOn: '2026-03-05',
    url: 'https://example.org/ipo/venezuela/represalias-poselectorales-2026',
    countries: ['VEN'],
    topics: ['opinión política', 'detención arbitraria', 'desaparición forzada', 'colectivos'],
    language: 'spa',
    summary: `Detenciones por el SEBIN y la DGCIM de testigos de mesa y activistas que difundieron actas; hostigamiento de colectivos armados; anulación de pasaportes y alertas migratorias. ${fictional}`,
  },
  {
    key: 'COL',
    title: 'Colombia: disidencias armadas, reclutamiento de menores y desplazamiento en Cauca y Nariño',
    publisher: 'Instituto Andino de Derechos Humanos',
    publishedOn: '2025-01-01',
    datePrecision: 'year',
    url: 'https://example.org/ipo/colombia/cauca-narino-2025',
    countries: ['COL'],
    topics: ['reclutamiento forzado', 'grupos armados', 'desplazamiento interno'],
    language: 'spa',
    summary: `Reclutamiento de adolescentes por frentes disidentes, declaraciones de "objetivo militar" contra familias que se niegan, redes de milicias urbanas en Popayán y Cali. ${fictional}`,
  },
  {
    key: 'NCA',
    title:
      'Norte de Centroamérica: protección del Estado y alternativa de huida interna frente a actores armados no estatales',
    publisher: 'Instituto Interamericano de Estudios sobre Protección',
    publishedOn: '2025-11-01',
    datePrecision: 'month',
    url: 'https://example.org/ipo/norte-centroamerica/proteccion-huida-interna-2025',
    countries: ['HND', 'SLV', 'GTM'],
    topics: ['protección del Estado', 'alternativa de huida interna', 'maras', 'pandillas'],
    language: 'spa',
    summary: `Capacidad de las maras y pandillas de localizar a personas en todo el territorio; programas de protección de testigos sin cobertura efectiva; la reubicación interna rara vez es razonable. ${fictional}`,
  },
];

export interface DemoCoiLibrary {
  ids: Map<CoiKey, string>;
  /** The day the 2024 Honduras report is superseded: assessments before it cite it, later ones its update. */
  hondurasUpdatedOn: string;
}

/** The sources as an authority's staff would enter them: the supervisor, and an officer a few of them. */
export async function seedCoiLibrary(
  db: Kysely<DB>,
  people: { supervisor: Actor; officer: Actor },
  dates: { addedAt: Date; hondurasUpdateAddedAt: Date; hondurasUpdatedOn: string },
): Promise<DemoCoiLibrary> {
  const ids = new Map<CoiKey, string>();
  for (const [i, { key, ...source }] of demoCoiSources.entries()) {
    const adder = i % 3 === 2 ? people.officer : people.supervisor;
    const at = key === 'HND' ? dates.hondurasUpdateAddedAt : dates.addedAt;
    ids.set(key, (await createCoiSource(db, adder, source, at)).id);
  }
  return { ids, hondurasUpdatedOn: dates.hondurasUpdatedOn };
}

/** Marks the 2024 Honduras report superseded by its update, once the assessments citing it exist. */
export async function supersedeOldHondurasReport(
  db: Kysely<DB>,
  supervisor: Actor,
  library: DemoCoiLibrary,
  at: Date,
): Promise<void> {
  await supersedeCoiSource(
    db,
    supervisor,
    library.ids.get('HND-2024')!,
    {
      version: 1,
      reason:
        'Sustituido por la actualización de 2026 del mismo observatorio, con datos de extorsión y desplazamiento más recientes.',
      supersededBy: library.ids.get('HND')!,
    },
    at,
  );
}
