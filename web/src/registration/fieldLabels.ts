import type { TFunction } from 'i18next';
import { es } from '../i18n/es';

type PersonKey = keyof typeof es.person;
type CaseKey =
  'office' | 'entryDate' | 'entryPlace' | 'applicationDate' | 'justification' | 'triageIndicators';

const caseFields: Record<string, CaseKey> = {
  officeId: 'office',
  entryDate: 'entryDate',
  entryPlace: 'entryPlace',
  applicationDate: 'applicationDate',
  lateFilingJustification: 'justification',
  triageIndicators: 'triageIndicators',
};

const documentFields: Record<string, PersonKey> = {
  type: 'documentType',
  number: 'documentNumber',
  issuingCountry: 'issuingCountry',
};

const isPersonKey = (key: string): key is PersonKey => Object.hasOwn(es.person, key);

/** "Dependiente 1 · Documento 2 · Número de documento" for `dependants.0.documents.1.number`. */
export function describePath(t: TFunction, path: string): string {
  const caseField = caseFields[path];
  if (caseField) return t(`registration.${caseField}`);
  const parts = path.split('.');
  const labels: string[] = [];
  if (parts[0] === 'principal') {
    labels.push(t('registration.principal'));
    parts.shift();
  } else if (parts[0] === 'dependants' && parts[1] !== undefined) {
    labels.push(t('registration.dependant', { n: Number(parts[1]) + 1 }));
    parts.splice(0, 2);
  }
  if (parts[0] === 'documents' && parts[1] !== undefined) {
    labels.push(t('person.document', { n: Number(parts[1]) + 1 }));
    const field = parts[2] === undefined ? undefined : documentFields[parts[2]];
    if (field) labels.push(t(`person.${field}`));
  } else if (parts[0] !== undefined && isPersonKey(parts[0])) {
    labels.push(t(`person.${parts[0]}`));
  } else if (parts.length) {
    labels.push(parts.join('.'));
  }
  return labels.join(' · ');
}
