/**
 * Identity document numbers normalised per type, so that "A-123 456", "a123456" and "A123456" agree.
 * Numeric documents (Guatemalan DPI, Salvadoran DUI, Honduran DNI, Costa Rican cédula, Mexican INE
 * folio…) also read a letter O as 0 and I/l as 1 and drop leading zeros, the commonest keying errors.
 * A CSV's document_number has type 'unknown': it is read as numeric when it is mostly digits.
 */

/** Types whose number is digits only. */
const NUMERIC_TYPES = new Set(['dpi', 'dui', 'dni', 'cedula', 'cui', 'nit', 'rtn', 'ine', 'numeric']);

/** The normalised number of a document, or '' when nothing usable is left. */
export function normaliseDocument(type: string, number: string): string {
  let value = number.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (value.length === 0) return '';
  const kind = type.toLowerCase();
  const numeric =
    NUMERIC_TYPES.has(kind) ||
    ((kind === 'unknown' || kind === '') && digitShare(value) >= 0.7 && value.length >= 5);
  if (numeric) {
    value = value
      .replace(/O/g, '0')
      .replace(/[IL]/g, '1')
      .replace(/^0+(?=.)/, '');
  }
  // Placeholders officers type when there is no document.
  if (/^(0+|X+|NA|NONE|NINGUNO|SD|SN|SINDOCUMENTO)$/.test(value)) return '';
  return value;
}

function digitShare(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count / value.length;
}
