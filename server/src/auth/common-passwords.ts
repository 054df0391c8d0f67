import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Spanish passwords the English-centred list misses (lower case, without accents), as seen in
 * Spanish-language leak lists. Kept short: the bundled list already covers the international ones.
 */
const spanish = [
  'contrasena',
  'contrasena123',
  'micontrasena',
  'clave',
  'clave123',
  'miclave',
  'hola',
  'hola123',
  'holamundo',
  'teamo',
  'teamomucho',
  'tequiero',
  'amor',
  'amorcito',
  'mimamamemima',
  'mexico',
  'mexicolindo',
  'vivamexico',
  'guatemala',
  'honduras',
  'costarica',
  'panama',
  'elsalvador',
  'belice',
  'america',
  'chivas',
  'chivascampeon',
  'pumas',
  'cruzazul',
  'barcelona',
  'realmadrid',
  'princesa',
  'estrella',
  'corazon',
  'mariposa',
  'bienvenido',
  'bienvenida',
  'secreto',
  'usuario',
  'administrador',
  'comar',
  'refugio',
  'refugiados',
  'asilo',
  'solicitud',
  'cancun',
  'tapachula',
  'monterrey',
  'guadalajara',
  'qwertyuiopasdfghjklnzxcvbnm',
];

let list: Set<string> | undefined;

/** The bundled list (zxcvbn-ts common: about 49,000 leaked passwords) plus the Spanish ones above. */
export function commonPasswords(): Set<string> {
  if (!list) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@zxcvbn-ts/language-common/src/passwords.json');
    const words = JSON.parse(readFileSync(file, 'utf8')) as string[];
    list = new Set([...words.map((w) => w.toLowerCase()), ...spanish]);
  }
  return list;
}
