import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeLimitId, TimeLimitRuleChangeResult, TimeLimitVersionView } from '@refugio/contract';
import { RecordTimeLimitForm } from './RecordTimeLimitForm';
import { TimeLimitVersions } from './TimeLimitVersions';

interface TimeLimitSectionProps {
  limit: { id: TimeLimitId; versions: TimeLimitVersionView[] };
  canManage: boolean;
  onRecorded: (result: TimeLimitRuleChangeResult) => void;
  onWithdrawn: (result: TimeLimitRuleChangeResult) => void;
  onConflict: () => void;
}

/** One time limit: its versions and, for whoever manages the rules, the form to record another. */
export function TimeLimitSection({
  limit,
  canManage,
  onRecorded,
  onWithdrawn,
  onConflict,
}: TimeLimitSectionProps) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const titleId = `time-limit-${limit.id}-title`;
  const formId = `time-limit-${limit.id}-record`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="time-limits__heading">
        <h2 id={titleId}>{t(`deadlines.limits.${limit.id}`)}</h2>
        {canManage && (
          <button
            type="button"
            className={`button ${recording ? 'button--primary' : 'button--secondary'}`}
            aria-expanded={recording}
            aria-controls={recording ? formId : undefined}
            onClick={() => setRecording(!recording)}
          >
            {t('timeLimits.record.open')}
          </button>
        )}
      </div>
      <TimeLimitVersions
        labelledBy={titleId}
        versions={limit.versions}
        canManage={canManage}
        onWithdrawn={onWithdrawn}
        onConflict={onConflict}
      />
      {recording && (
        <div id={formId} className="time-limits__form">
          <RecordTimeLimitForm
            limit={limit.id}
            versions={limit.versions}
            onSaved={(result) => {
              setRecording(false);
              onRecorded(result);
            }}
            onCancel={() => setRecording(false)}
          />
        </div>
      )}
    </section>
  );
}
