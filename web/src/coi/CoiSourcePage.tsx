import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { coiFileUrl, getCoiSource, listCoiCitations } from '../api/coi';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { coiPaths } from './coi-paths';
import { SupersedeForm } from './SupersedeForm';
import './coi.css';

/** One source: its description, its file, whether it is superseded, and the assessments citing it. */
export function CoiSourcePage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id ?? '';
  const { t } = useTranslation();
  const names = useNames();
  const source = useApi(`coi-source:${id}`, (signal) => getCoiSource(id, signal));
  const citations = useApi(`coi-citations:${id}`, (signal) => listCoiCitations(id, signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const s = source.data;
  useDocumentTitle(s?.title ?? t('coi.title'));

  return (
    <section className="page" aria-labelledby="coi-source-title">
      <p>
        <Link href={coiPaths.library}>{t('coi.detail.back')}</Link>
      </p>
      {source.error && <FailureNotice failure={source.error} onRetry={source.reload} />}
      {!s && source.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {s && (
        <>
          <div className="page__heading">
            <h1 id="coi-source-title">{s.title}</h1>
          </div>
          <OutcomeNotice outcome={outcome} />
          <section className="panel" aria-label={s.title}>
            <dl className="facts">
              <dt>{t('coi.source.publisher')}</dt>
              <dd>{s.publisher}</dd>
              <dt>{t('coi.source.publishedOn')}</dt>
              <dd>
                {formatDate(s.publishedOn)} ({t(`coi.source.precision.${s.datePrecision}`)})
              </dd>
              <dt>{t('coi.source.countries')}</dt>
              <dd>{s.countries.map(names.country).join(', ')}</dd>
              {s.topics.length > 0 && (
                <>
                  <dt>{t('coi.source.topics')}</dt>
                  <dd>{s.topics.join(', ')}</dd>
                </>
              )}
              {s.language && (
                <>
                  <dt>{t('coi.source.language')}</dt>
                  <dd>{names.spokenLanguage(s.language)}</dd>
                </>
              )}
              {s.url && (
                <>
                  <dt>{t('coi.source.url')}</dt>
                  <dd>
                    <a href={s.url} target="_blank" rel="noreferrer noopener">
                      {s.url}
                    </a>
                  </dd>
                </>
              )}
              {s.file && (
                <>
                  <dt>{t('coi.source.file')}</dt>
                  <dd>
                    <a href={coiFileUrl(s.id)}>
                      {t('coi.source.download', { size: Math.max(1, Math.round(s.file.sizeBytes / 1024)) })}
                    </a>
                  </dd>
                </>
              )}
              <dt>{t('coi.source.status.current')}</dt>
              <dd>{t(`coi.source.status.${s.status}`)}</dd>
              {s.status === 'superseded' && (
                <>
                  <dt>{t('coi.source.supersededReason')}</dt>
                  <dd>{s.supersededReason}</dd>
                  {s.supersededAt && (
                    <>
                      <dt>{t('coi.source.supersededAt')}</dt>
                      <dd>{formatDate(s.supersededAt.slice(0, 10))}</dd>
                    </>
                  )}
                  {s.supersededBy && (
                    <>
                      <dt>{t('coi.source.supersededBy')}</dt>
                      <dd>
                        <Link href={coiPaths.source(s.supersededBy.id)}>{s.supersededBy.title}</Link>
                      </dd>
                    </>
                  )}
                </>
              )}
            </dl>
            {s.summary && <p className="prose">{s.summary}</p>}
            {s.addedBy && (
              <p className="muted">
                {t('coi.source.addedBy', { name: s.addedBy.name, date: formatDate(s.addedAt.slice(0, 10)) })}
              </p>
            )}
          </section>
          <section className="panel" aria-labelledby="coi-citations-title">
            <h2 id="coi-citations-title">{t('coi.citations.title')}</h2>
            {citations.error && <FailureNotice failure={citations.error} onRetry={citations.reload} />}
            {citations.data &&
              (citations.data.assessments.length === 0 && citations.data.elsewhere === 0 ? (
                <p>{t('coi.citations.none')}</p>
              ) : (
                <>
                  <ul className="plain-list">
                    {citations.data.assessments.map((a) => (
                      <li key={a.assessmentId}>
                        <Link href={paths.case(a.case.id)}>{a.case.caseNumber}</Link> ·{' '}
                        {t('coi.citations.round', { round: a.round })} ·{' '}
                        {t(`coi.citations.status.${a.status}`)} ·{' '}
                        {t('coi.citations.count', { count: a.citations })}
                      </li>
                    ))}
                  </ul>
                  {citations.data.elsewhere > 0 && (
                    <p>{t('coi.citations.elsewhere', { count: citations.data.elsewhere })}</p>
                  )}
                </>
              ))}
          </section>
          {s.actions.includes('supersede') && (
            <section className="panel panel--form" aria-labelledby="supersede-title">
              <h2 id="supersede-title">{t('coi.supersede.title')}</h2>
              <SupersedeForm
                source={s}
                onSaved={(updated) => {
                  source.replace(updated);
                  setOutcome({ tone: 'success', text: t('coi.supersede.saved') });
                }}
                onConflict={() => {
                  setOutcome({ tone: 'error', text: t('coi.detail.conflict') });
                  source.reload();
                }}
              />
            </section>
          )}
        </>
      )}
    </section>
  );
}
