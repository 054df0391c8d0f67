import { useTranslation } from 'react-i18next';
import type { TemplateFieldId, TemplateFieldList } from '@refugio/contract';
import { HiddenContext } from './HiddenContext';
import { placeholderOf } from './template-draft';

interface FieldPickerProps {
  /** The fields this kind of document may name, in the server's order. */
  fields: TemplateFieldList['fields'];
  onInsert: (field: TemplateFieldId) => void;
  onCopy: (field: TemplateFieldId) => void;
  /** What the last insertion or copy did, announced politely. */
  message: string;
}

/** The side list of fields: each with what it prints, inserted at the cursor or copied as `{{field}}`. */
export function FieldPicker({ fields, onInsert, onCopy, message }: FieldPickerProps) {
  const { t } = useTranslation();
  return (
    <aside className="field-picker panel" aria-labelledby="field-picker-title">
      <h2 id="field-picker-title">{t('templates.fields.title')}</h2>
      <p className="muted">{t('templates.fields.intro')}</p>
      <p className="field-picker__message" role="status">
        {message}
      </p>
      <ul className="field-picker__list">
        {fields.map((field) => {
          const placeholder = placeholderOf(field.id);
          const which = <HiddenContext text={placeholder} />;
          return (
            <li key={field.id} className="field-picker__item">
              <span className="field-picker__label">{t(`templates.field.${field.id}`)}</span>
              <code className="field-picker__code">{placeholder}</code>
              {field.list && <span className="field-picker__list-note">{t('templates.fields.list')}</span>}
              <span className="field-picker__buttons">
                {/* Keeps the cursor in the text: the button takes no focus on a mouse press. */}
                <button
                  type="button"
                  className="button button--secondary"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onInsert(field.id)}
                >
                  {t('templates.fields.insert')}
                  {which}
                </button>
                <button type="button" className="button button--quiet" onClick={() => onCopy(field.id)}>
                  {t('templates.fields.copy')}
                  {which}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
