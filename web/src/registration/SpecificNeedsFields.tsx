import { useTranslation } from 'react-i18next';
import { specificNeedCategories } from '@refugio/contract';
import { currentLanguage } from '../i18n/i18n';
import { CheckboxField } from '../ui/CheckboxField';
import { fieldId } from '../ui/Field';

interface SpecificNeedsFieldsProps {
  /** `principal.specificNeeds` or `dependants.N.specificNeeds`. */
  path: string;
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}

/** The UNHCR specific-needs codes as checkboxes, one collapsible group per category. */
export function SpecificNeedsFields({ path, selected, onChange, error }: SpecificNeedsFieldsProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...selected, code] : selected.filter((c) => c !== code));

  return (
    <fieldset className="subsection needs-fields">
      <legend>
        {t('person.specificNeeds')}
        {selected.length > 0 && (
          <span className="badge badge--count">
            {t('person.specificNeedsSelected', { count: selected.length })}
          </span>
        )}
      </legend>
      {error && <p className="field__error">{error}</p>}
      <div className="needs-fields__categories">
        {specificNeedCategories.map((category) => {
          const chosen = category.needs.filter((need) => selected.includes(need.code)).length;
          return (
            <details key={category.code} className="needs-category">
              <summary>
                {category[language]} <span className="code">{category.code}</span>
                {chosen > 0 && (
                  <span className="badge badge--count">
                    {t('person.specificNeedsSelected', { count: chosen })}
                  </span>
                )}
              </summary>
              <div className="needs-category__list">
                {category.needs.map((need) => (
                  <CheckboxField
                    key={need.code}
                    id={fieldId(`${path}.${need.code}`)}
                    label={`${need[language]} (${need.code})`}
                    checked={selected.includes(need.code)}
                    onCheckedChange={(on) => toggle(need.code, on)}
                  />
                ))}
              </div>
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}
