import type { Relationship, Sex } from '@refugio/contract';

/** The languages every printed document is available in; Spanish is the authorities' working language. */
export type DocumentLanguage = 'es' | 'en';
export const defaultDocumentLanguage: DocumentLanguage = 'es';

/**
 * Every fixed word printed on a document, in one place so that a translator or the authority can review
 * the wording without reading layout code. Data (names, rights and duties, authority names) never lives
 * here: it comes from the case and the country profile.
 */
export interface DocumentLabels {
  proofOfRegistration: {
    title: string;
    photograph: string;
    fullName: string;
    sex: string;
    birthDate: string;
    estimated: string;
    nationality: string;
    role: string;
    caseNumber: string;
    applicationDate: string;
    office: string;
    issuedOn: string;
    rightsAndDuties: string;
    personSignature: string;
    officerSignature: string;
  };
  sex: Record<Sex, string>;
  principal: string;
  dependant: string;
  /** Keyed by the dependant's own sex because Spanish kinship words are gendered (hijo / hija). */
  relationship: Record<Relationship, Record<Sex, string>>;
  notStated: string;
  footer: {
    personalAndFree: string;
    documentId: string;
    page: (current: number, total: number) => string;
  };
}

const gendered = (female: string, male: string, unspecified: string): Record<Sex, string> => ({
  F: female,
  M: male,
  X: unspecified,
});
const neutral = (word: string): Record<Sex, string> => gendered(word, word, word);

export const documentLabels: Record<DocumentLanguage, DocumentLabels> = {
  es: {
    proofOfRegistration: {
      title: 'Constancia de registro de solicitud de la condición de refugiado',
      photograph: 'Fotografía',
      fullName: 'Nombre completo',
      sex: 'Sexo',
      birthDate: 'Fecha de nacimiento',
      estimated: '(estimada)',
      nationality: 'Nacionalidad',
      role: 'Calidad en la solicitud',
      caseNumber: 'Número de expediente',
      applicationDate: 'Fecha de la solicitud',
      office: 'Oficina de registro',
      issuedOn: 'Fecha de expedición',
      rightsAndDuties: 'Derechos y obligaciones de la persona solicitante',
      personSignature: 'Firma o huella de la persona',
      officerSignature: 'Nombre, firma y sello de quien expide',
    },
    sex: { F: 'Mujer', M: 'Hombre', X: 'X (no especificado)' },
    principal: 'Solicitante principal',
    dependant: 'Dependiente',
    relationship: {
      spouse: neutral('cónyuge'),
      child: gendered('hija', 'hijo', 'hijo/hija'),
      parent: gendered('madre', 'padre', 'padre/madre'),
      sibling: gendered('hermana', 'hermano', 'hermano/hermana'),
      grandchild: gendered('nieta', 'nieto', 'nieto/nieta'),
      grandparent: gendered('abuela', 'abuelo', 'abuelo/abuela'),
      other: neutral('otro parentesco'),
    },
    notStated: 'No indicada',
    footer: {
      personalAndFree: 'Este documento es personal y su expedición es gratuita.',
      documentId: 'Identificador del documento',
      page: (current, total) => `Página ${current} de ${total}`,
    },
  },
  en: {
    proofOfRegistration: {
      title: 'Proof of registration of an application for refugee status',
      photograph: 'Photograph',
      fullName: 'Full name',
      sex: 'Sex',
      birthDate: 'Date of birth',
      estimated: '(estimated)',
      nationality: 'Nationality',
      role: 'Role in the application',
      caseNumber: 'Case number',
      applicationDate: 'Application date',
      office: 'Registration office',
      issuedOn: 'Date of issue',
      rightsAndDuties: 'Rights and duties of the applicant',
      personSignature: 'Signature or fingerprint of the person',
      officerSignature: 'Name, signature and stamp of the issuing officer',
    },
    sex: { F: 'Female', M: 'Male', X: 'X (unspecified)' },
    principal: 'Principal applicant',
    dependant: 'Dependant',
    relationship: {
      spouse: neutral('spouse'),
      child: gendered('daughter', 'son', 'child'),
      parent: gendered('mother', 'father', 'parent'),
      sibling: gendered('sister', 'brother', 'sibling'),
      grandchild: gendered('granddaughter', 'grandson', 'grandchild'),
      grandparent: gendered('grandmother', 'grandfather', 'grandparent'),
      other: neutral('other relationship'),
    },
    notStated: 'Not stated',
    footer: {
      personalAndFree: 'This document is personal and is issued free of charge.',
      documentId: 'Document ID',
      page: (current, total) => `Page ${current} of ${total}`,
    },
  },
};
