import { useTranslation } from 'react-i18next';
import { indicatorKinds } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { currentLanguage } from '../i18n/i18n';
import { CheckboxField } from '../ui/CheckboxField';
import { fieldId } from '../ui/Field';

interface TriageIndicatorsFieldsProps {
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}

/**
 * The country profile's triage indicators as checkboxes, grouped by kind: what the registering officer
 * observes (e.g. a profile with a presumption of inclusion). The server's rules place the case on a track.
 */
export function TriageIndicatorsFields({ selected, onChange, error }: TriageIndicatorsFieldsProps) {
  const { t, i18n } = useTranslation();
  const { profile } = useReference();
  const language = currentLanguage(i18n);
  const { indicators } = profile.triage;
  if (indicators.length === 0) return null;
  const id = fieldId('triageIndicators');
  const toggle = (indicator: string, on: boolean) =>
    onChange(on ? [...selected, indicator] : selected.filter((i) => i !== indicator));

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="case-fieldset triage-fields"
      aria-describedby={[error ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
    >
      <legend>{t('registration.triageIndicators')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('registration.triageIndicatorsHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {indicatorKinds.map((kind) => {
        const ofKind = indicators.filter((indicator) => indicator.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <fieldset key={kind} className="subsection">
            <legend>{t(`triage.kinds.${kind}`)}</legend>
            {ofKind.map((indicator) => (
              <CheckboxField
                key={indicator.id}
                id={fieldId(`triageIndicators.${indicator.id}`)}
                label={indicator.name[language]}
                checked={selected.includes(indicator.id)}
                onCheckedChange={(on) => toggle(indicator.id, on)}
              />
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
