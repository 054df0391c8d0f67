/**
 * Given names and surnames by region of origin, for demo and benchmark data. Deliberately full of
 * accents, ñ, compound given names and particles, since that is what search must handle.
 */
export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
  languages: readonly string[];
  twoSurnames: boolean;
}

const hispanicSurnames = [
  'Pérez',
  'García',
  'Hernández',
  'López',
  'Martínez',
  'Rodríguez',
  'Gómez',
  'Ramírez',
  'Flores',
  'Díaz',
  'Cruz',
  'Reyes',
  'Morales',
  'Ortiz',
  'Castillo',
  'Núñez',
  'Muñoz',
  'Peña',
  'Chávez',
  'Vásquez',
  'Méndez',
  'Aguilar',
  'Domínguez',
  'Zúñiga',
  'Ibáñez',
  'de la Cruz',
  'del Cid',
  'Orellana',
  'Umaña',
  'Solís',
];

export const namePools: Record<string, NamePool> = {
  central_america: {
    female: [
      'María José',
      'Ana Lucía',
      'Dulce María',
      'Sofía',
      'Génesis',
      'Daniela',
      'Wendy Yamileth',
      'Karla',
      'Jimena',
      'Ángela',
    ],
    male: [
      'José Luis',
      'Juan Carlos',
      'Óscar',
      'Héctor',
      'Kevin Josué',
      'Jesús',
      'Wilmer',
      'Andrés',
      'Nelson',
      'Élmer',
    ],
    surnames: hispanicSurnames,
    languages: ['spa'],
    twoSurnames: true,
  },
  guatemala_maya: {
    female: ['Rosa Elvira', 'Juana', 'Micaela', 'Petrona', 'Catarina'],
    male: ['Tomás', 'Baltazar', 'Diego', 'Mateo', 'Francisco Javier'],
    surnames: ['Cux', 'Tzoc', 'Xol', 'Chén', 'Pop', 'Caal', 'Ixcoy', 'Tum', 'López', 'Pérez'],
    languages: ['quc', 'spa'],
    twoSurnames: true,
  },
  venezuela_colombia: {
    female: ['Yusmary', 'Oriana', 'Valentina', 'Marianela', 'Ana Karina'],
    male: ['Luis Ángel', 'Yonathan', 'Jhon Jairo', 'Andrés Felipe', 'Ramón'],
    surnames: [...hispanicSurnames, 'Briceño', 'Quiñónez', 'Arévalo'],
    languages: ['spa'],
    twoSurnames: true,
  },
  cuba: {
    female: ['Yanelis', 'Dayamí', 'Yoandra', 'Odalys', 'Marisleidy'],
    male: ['Yoandri', 'Yunior', 'Alexéi', 'Reinaldo', 'Osmany'],
    surnames: [...hispanicSurnames, 'Lahera', 'Cárdenas', 'Betancourt'],
    languages: ['spa'],
    twoSurnames: true,
  },
  haiti: {
    female: ['Mirlande', 'Guerline', 'Nadège', 'Roseline', 'Marie-Ange', 'Widelyne'],
    male: ['Jean-Baptiste', 'Wesner', 'Frantz', 'Jean Robert', 'Lovensky', 'Wilguens'],
    surnames: [
      'Pierre',
      'Joseph',
      'Jean-Louis',
      'Désir',
      'Étienne',
      'Saint-Fleur',
      'Charles',
      'Toussaint',
      'Dorvil',
      'Noël',
    ],
    languages: ['hat', 'fra'],
    twoSurnames: false,
  },
};
