/**
 * Given names + first surname + second surname, the order used on Mexican and Central American identity
 * documents; an empty second surname is left out. Whitespace is collapsed so that a stray line break in
 * older data cannot break a list, a heading or a letter.
 */
export function fullName(person: {
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
}): string {
  return [person.givenNames, person.firstSurname, person.secondSurname]
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' ');
}
