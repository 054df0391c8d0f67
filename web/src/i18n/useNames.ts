import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countries, languages, specificNeedCategories, type NamedCode } from '@refugio/contract';
import { currentLanguage, type UiLanguage } from './i18n';

export interface Option {
  value: string;
  label: string;
}

export interface Names {
  language: UiLanguage;
  country: (code: string) => string;
  spokenLanguage: (code: string) => string;
  specificNeed: (code: string) => string;
  /** Countries sorted by their name in the UI language. */
  countryOptions: Option[];
  /** ISO 639-3 languages sorted by their name in the UI language. */
  languageOptions: Option[];
}

const needs: NamedCode[] = specificNeedCategories.flatMap((c) => c.needs);

function lookup(list: NamedCode[], language: UiLanguage): (code: string) => string {
  const byCode = new Map(list.map((item) => [item.code, item[language]]));
  // An unknown code is shown as it is, so data the UI does not know about is never hidden.
  return (code) => byCode.get(code) ?? code;
}

function options(list: NamedCode[], language: UiLanguage): Option[] {
  const collator = new Intl.Collator(language);
  return list
    .map((item) => ({ value: item.code, label: item[language] }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

const cache = new Map<UiLanguage, Names>();

/** Country, language and specific-needs names in a UI language (from the contract's reference lists). */
export function namesIn(language: UiLanguage): Names {
  let names = cache.get(language);
  if (!names) {
    names = {
      language,
      country: lookup(countries, language),
      spokenLanguage: lookup(languages, language),
      specificNeed: lookup(needs, language),
      countryOptions: options(countries, language),
      languageOptions: options(languages, language),
    };
    cache.set(language, names);
  }
  return names;
}

/** Reference names in the language the officer is using now. */
export function useNames(): Names {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(() => namesIn(language), [language]);
}
