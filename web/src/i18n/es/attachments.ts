/** Spanish texts of the attachments feature (keys mirrored in ../en/attachments.ts). */
export const attachments = {
  title: 'Documentos del expediente',
  intro: 'Se guardan cifrados; cada descarga queda registrada.',
  empty: 'El expediente aún no tiene documentos.',
  columns: {
    category: 'Tipo',
    name: 'Archivo',
    size: 'Tamaño',
    date: 'Fecha',
    uploader: 'Subido por',
  },
  categories: {
    identity_document: 'Documento de identidad',
    medical_report: 'Informe médico',
    evidence: 'Prueba',
    correspondence: 'Correspondencia',
    other: 'Otro',
  },
  download: 'Descargar {{name}}',
  upload: {
    title: 'Añadir un documento',
    file: 'Archivo',
    fileHint: 'PDF, JPEG, PNG, WebP, TIFF, DOCX, XLSX, ODT u ODS; hasta {{size}}.',
    category: 'Tipo de documento',
    chooseCategory: 'Elija el tipo',
    description: 'Descripción (opcional)',
    submit: 'Subir documento',
    progress: 'Subiendo… {{percent}} %',
    done: 'Se añadió «{{name}}» al expediente.',
  },
  refusals: {
    required: 'Elija un archivo.',
    category: 'Elija el tipo de documento.',
    empty: 'El archivo está vacío.',
    too_large: 'El archivo supera el máximo de {{size}}.',
    type_not_allowed:
      'Este tipo de archivo no se acepta: suba un PDF, una imagen (JPEG, PNG, WebP, TIFF) o un documento de oficina (DOCX, XLSX, ODT, ODS).',
    type_mismatch:
      'El contenido del archivo no corresponde a su extensión: revise que sea el archivo correcto.',
  },
  size: {
    bytes: '{{value}} B',
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
  },
};
