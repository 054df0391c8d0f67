import { useTranslation } from 'react-i18next';
import { currentLanguage, uiLanguages, type UiLanguage } from './i18n';

// Each language is named in itself, so an officer who does not read the current one still finds theirs.
const ownName: Record<UiLanguage, string> = { es: 'Español', en: 'English' };

export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n);
  return (
    <div className="language-toggle" role="group" aria-label={t('app.languageGroup')}>
      {uiLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          className="language-toggle__button"
          onClick={() => void i18n.changeLanguage(language)}
        >
          {ownName[language]}
        </button>
      ))}
    </div>
  );
}
