/** English texts of the attachments feature (keys mirror ../es/attachments.ts). */
export const attachments = {
  title: 'Case documents',
  intro: 'Stored encrypted; every download is recorded.',
  empty: 'The case has no documents yet.',
  columns: {
    category: 'Kind',
    name: 'File',
    size: 'Size',
    date: 'Date',
    uploader: 'Uploaded by',
  },
  categories: {
    identity_document: 'Identity document',
    medical_report: 'Medical report',
    evidence: 'Evidence',
    correspondence: 'Correspondence',
    other: 'Other',
  },
  download: 'Download {{name}}',
  upload: {
    title: 'Add a document',
    file: 'File',
    fileHint: 'PDF, JPEG, PNG, WebP, TIFF, DOCX, XLSX, ODT or ODS; up to {{size}}.',
    category: 'Kind of document',
    chooseCategory: 'Choose the kind',
    description: 'Description (optional)',
    submit: 'Upload document',
    progress: 'Uploading… {{percent}} %',
    done: '“{{name}}” was added to the case.',
  },
  refusals: {
    required: 'Choose a file.',
    category: 'Choose the kind of document.',
    empty: 'The file is empty.',
    too_large: 'The file is larger than the maximum of {{size}}.',
    type_not_allowed:
      'This kind of file is not accepted: upload a PDF, an image (JPEG, PNG, WebP, TIFF) or an office document (DOCX, XLSX, ODT, ODS).',
    type_mismatch: "The file's content does not match its extension: check that it is the right file.",
  },
  size: {
    bytes: '{{value}} B',
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
  },
};
