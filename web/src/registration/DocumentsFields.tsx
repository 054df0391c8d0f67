import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTypes } from '@refugio/contract';
import { useNames } from '../i18n/useNames';
import { fieldId } from '../ui/Field';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { emptyDocument, type DocumentDraft } from './draft';

interface DocumentsFieldsProps {
  /** `principal.documents` or `dependants.N.documents`. */
  path: string;
  documents: DocumentDraft[];
  onChange: (documents: DocumentDraft[]) => void;
  errorAt: (path: string) => string | undefined;
}

export function DocumentsFields({ path, documents, onChange, errorAt }: DocumentsFieldsProps) {
  const { t } = useTranslation();
  const names = useNames();
  const [added, setAdded] = useState<string | null>(null);
  const update = (index: number, patch: Partial<DocumentDraft>) =>
    onChange(documents.map((d, i) => (i === index ? { ...d, ...patch } : d)));

  return (
    <fieldset className="subsection">
      <legend>{t('person.documents')}</legend>
      {errorAt(path) && <p className="field__error">{errorAt(path)}</p>}
      {documents.map((document, index) => {
        const at = (field: keyof DocumentDraft) => `${path}.${index}.${field}`;
        const n = index + 1;
        return (
          <fieldset key={document.key} className="document-row">
            <legend className="visually-hidden">{t('person.document', { n })}</legend>
            <span className="document-row__number" aria-hidden="true">
              {n}.
            </span>
            <SelectField
              id={fieldId(at('type'))}
              label={t('person.documentType')}
              value={document.type}
              onValueChange={(type) => update(index, { type })}
              options={documentTypes.map((type) => ({ value: type, label: t(`documentType.${type}`) }))}
              placeholder={t('person.choose')}
              error={errorAt(at('type'))}
              required
              autoFocus={document.key === added}
            />
            <TextField
              id={fieldId(at('number'))}
              label={t('person.documentNumber')}
              value={document.number}
              onValueChange={(number) => update(index, { number })}
              error={errorAt(at('number'))}
              required
              autoComplete="off"
            />
            <SelectField
              id={fieldId(at('issuingCountry'))}
              label={t('person.issuingCountry')}
              value={document.issuingCountry}
              onValueChange={(issuingCountry) => update(index, { issuingCountry })}
              options={names.countryOptions}
              placeholder={t('person.choose')}
              error={errorAt(at('issuingCountry'))}
              required
            />
            <button
              type="button"
              className="button button--quiet document-row__remove"
              onClick={() => onChange(documents.filter((_, i) => i !== index))}
            >
              {t('person.removeDocument', { n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const document = emptyDocument();
          setAdded(document.key);
          onChange([...documents, document]);
        }}
      >
        {t('person.addDocument')}
      </button>
    </fieldset>
  );
}
