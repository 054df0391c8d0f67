import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { es } from './es';
import { en } from './en';

export const uiLanguages = ['es', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const storageKey = 'refugio.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** The language the officer chose last time on this computer; Spanish otherwise. */
export function storedLanguage(): UiLanguage {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isUiLanguage(stored) ? stored : 'es';
  } catch {
    return 'es';
  }
}

function remember(language: UiLanguage): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** The language currently shown, narrowed to the ones Refugio ships. */
export function currentLanguage(instance: I18n): UiLanguage {
  const lang = instance.resolvedLanguage ?? instance.language;
  return isUiLanguage(lang) ? lang : 'es';
}

/** A fresh i18next instance (one per app, one per test), synchronously ready. */
export function createI18n(language: UiLanguage = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { es: { translation: es }, en: { translation: en } },
    lng: language,
    fallbackLng: 'es',
    supportedLngs: [...uiLanguages],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (lng) => {
    if (isUiLanguage(lng)) remember(lng);
  });
  return instance;
}
