import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TrackId, Triage } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { currentLanguage, type UiLanguage } from './i18n';

/** Names of the country profile's tracks, triage rules and indicators, in the UI language. */
export interface TriageNames {
  track: (id: TrackId) => string;
  /** The version of the rule in force from `version` (null: a version with an unknown date). */
  rule: (id: string, version: string | null) => string;
  indicator: (id: string) => string;
}

export function triageNames(triage: Triage, language: UiLanguage, t: TFunction): TriageNames {
  return {
    // A track the profile no longer lists still has a name: the contract's, translated.
    track: (id) => triage.tracks.find((track) => track.id === id)?.name[language] ?? t(`triage.tracks.${id}`),
    rule: (id, version) => {
      const versions = triage.rules.filter((r) => r.id === id);
      const from = (r: (typeof versions)[number]) =>
        typeof r.effectiveFrom === 'string' ? r.effectiveFrom : null;
      return (versions.find((r) => from(r) === version) ?? versions[0])?.name[language] ?? id;
    },
    indicator: (id) => triage.indicators.find((i) => i.id === id)?.name[language] ?? id,
  };
}

export function useTriageNames(): TriageNames {
  const { t, i18n } = useTranslation();
  const { profile } = useReference();
  const language = currentLanguage(i18n);
  return useMemo(() => triageNames(profile.triage, language, t), [profile.triage, language, t]);
}
