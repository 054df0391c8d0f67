import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentView } from '@refugio/contract';
import { removeFact } from '../api/assessments';
import { CitationList } from './CitationList';
import { FactForm } from './FactForm';

/** The material facts: each accepted or rejected with its reasons and what it rests on. */
export function FactsEditor({
  assessment,
  editable,
  onSaved,
  onConflict,
}: {
  assessment: AssessmentView;
  editable: boolean;
  onSaved: (view: AssessmentView) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="facts-editor">
      <h4>{t('assessments.facts.title')}</h4>
      {assessment.facts.length === 0 && <p className="muted">{t('assessments.facts.none')}</p>}
      <ol className="plain-list">
        {assessment.facts.map((f) => (
          <li key={f.id}>
            {editing === f.id ? (
              <FactForm
                assessmentId={assessment.id}
                fact={f}
                onSaved={(view) => {
                  setEditing(null);
                  onSaved(view);
                }}
                onConflict={onConflict}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <p>
                  <strong>
                    {f.position}. {t(`assessments.facts.${f.finding}`)}:
                  </strong>{' '}
                  {f.statement}
                </p>
                <p>{f.reasons}</p>
                {f.rejectionGrounds.length > 0 && (
                  <p>{f.rejectionGrounds.map((g) => t(`assessments.facts.rejection.${g}`)).join(', ')}</p>
                )}
                <CitationList
                  assessment={assessment}
                  citations={assessment.citations.filter((c) => c.factId === f.id)}
                  editable={editable}
                  onSaved={onSaved}
                  onFailed={onConflict}
                />
                {editable && (
                  <div className="form-buttons">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setEditing(f.id)}
                    >
                      {t('assessments.facts.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => removeFact(assessment.id, f.id).then(onSaved, onConflict)}
                    >
                      {t('assessments.facts.remove')}
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {editable && <FactForm assessmentId={assessment.id} onSaved={onSaved} onConflict={onConflict} />}
    </div>
  );
}
