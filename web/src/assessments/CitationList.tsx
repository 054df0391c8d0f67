import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssessmentView, CitationView } from '@refugio/contract';
import { removeCitation } from '../api/assessments';
import { coiPaths } from '../coi/coi-paths';
import { formatDate } from '../i18n/dates';

/** The citations of a section (or fact), each removable while the assessment is a draft. */
export function CitationList({
  assessment,
  citations,
  editable,
  onSaved,
  onFailed,
}: {
  assessment: AssessmentView;
  citations: CitationView[];
  editable: boolean;
  onSaved: (view: AssessmentView) => void;
  onFailed: () => void;
}) {
  const { t } = useTranslation();
  if (citations.length === 0) return <p className="muted">{t('assessments.citations.none')}</p>;
  return (
    <ul className="plain-list">
      {citations.map((c) => (
        <li key={c.id}>
          {c.coiSource ? (
            <>
              <Link href={coiPaths.source(c.coiSource.id)}>
                {c.coiSource.publisher}, {c.coiSource.title}, {formatDate(c.coiSource.publishedOn)}
              </Link>
              {c.coiSource.superseded && <strong> ({t('assessments.citations.superseded')})</strong>}
            </>
          ) : (
            <>
              {t(`assessments.citations.kinds.${c.kind}`)}
              {c.description && <>: {c.description}</>}
            </>
          )}
          {c.pinpoint && <>, {c.pinpoint}</>}{' '}
          {editable && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => removeCitation(assessment.id, c.id).then(onSaved, onFailed)}
            >
              {t('assessments.citations.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
