import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { formatDate, formatDateTime } from '../i18n/dates';
import { currentLanguage } from '../i18n/i18n';
import { useNames } from '../i18n/useNames';
import { useTriageNames } from '../i18n/useTriageNames';
import { OutcomeNotice } from '../ui/OutcomeNotice';
import { placementReason } from './placementReason';
import { TrackOverrideForm } from './TrackOverrideForm';
import { useCaseChange } from './useCaseChange';

interface TrackPanelProps {
  detail: CaseDetail;
  /** Shows the case the server answered after a change. */
  onReplace: (detail: CaseDetail) => void;
  onReload: () => void;
}

/**
 * The processing track the case is on, the rule that placed it at registration and why, a supervisor's
 * override if any, and the form to change it when the server says this user may.
 */
export function TrackPanel({ detail, onReplace, onReload }: TrackPanelProps) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const triageNames = useTriageNames();
  const { profile } = useReference();
  const language = currentLanguage(i18n);
  const [changing, setChanging] = useState(false);
  const change = useCaseChange(onReplace, onReload);
  const { track, placement, override, canOverride } = detail.triage;
  const otherTracks = profile.triage.tracks
    .filter((option) => option.id !== track)
    .map((option) => ({ value: option.id, label: option.name[language] }));

  let rule = t('triage.noRule');
  if (placement.ruleId !== null) {
    const name = triageNames.rule(placement.ruleId, placement.ruleVersion);
    rule = placement.ruleVersion
      ? t('triage.ruleVersion', { rule: name, date: formatDate(placement.ruleVersion) })
      : t('triage.rule', { rule: name });
  }
  const reasonContext = { people: detail.people, names, triage: triageNames };

  return (
    <>
      <OutcomeNotice outcome={change.outcome} />
      <p className="track__current">
        <strong>{triageNames.track(track)}</strong>
      </p>
      <h3 className="panel__subheading">{t('triage.placement')}</h3>
      {placement.track !== track && (
        <p>{t('triage.placedOn', { track: triageNames.track(placement.track) })}</p>
      )}
      <p>{rule}</p>
      <p className="track__subheading">{t('triage.reasons')}</p>
      <ul className="track__reasons">
        {placement.reasons.map((reason, index) => (
          <li key={index}>{placementReason(t, reason, reasonContext)}</li>
        ))}
      </ul>
      {override && (
        <>
          <h3 className="panel__subheading">{t('triage.override')}</h3>
          <p>
            {t('triage.overrideChange', {
              from: triageNames.track(override.from),
              to: triageNames.track(override.to),
            })}
          </p>
          <p className="prewrap">{t('triage.overrideReason', { reason: override.reason })}</p>
          <p className="muted">
            {t('triage.overrideBy', {
              name: override.by?.name ?? t('detail.system'),
              date: formatDateTime(override.at, profile.timeZone),
            })}
          </p>
        </>
      )}
      {canOverride && otherTracks.length > 0 && (
        <p className="panel__link">
          <button
            type="button"
            className={`button ${changing ? 'button--primary' : 'button--secondary'}`}
            aria-expanded={changing}
            onClick={() => {
              change.clear();
              setChanging(!changing);
            }}
          >
            {t('triage.change.open')}
          </button>
        </p>
      )}
      {canOverride && changing && (
        <TrackOverrideForm
          caseId={detail.id}
          version={detail.version}
          tracks={otherTracks}
          onCancel={() => setChanging(false)}
          onConflict={() => change.conflicted(t('triage.change.conflict'))}
          onOverridden={(updated, to) => {
            setChanging(false);
            change.done(t('triage.change.done', { track: triageNames.track(to) }), updated);
          }}
        />
      )}
    </>
  );
}
