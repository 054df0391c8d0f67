import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QualityDrawView } from '@refugio/contract';
import { listQualityDraws } from '../api/quality';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useMe } from '../session/SessionContext';
import { formatDate } from '../i18n/dates';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { DrawSampleForm } from './DrawSampleForm';
import { SampleRow } from './SampleRow';
import { qualityReportsPath } from './paths';

/** The office's quality draws: draw a new sample, assign reviewers, open reviews. */
export function QualityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('quality.title'));
  const me = useMe();
  const list = useApi('quality-draws', (signal) => listQualityDraws(signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const officeId = me.user.office?.id;
  const drawn = (draw: QualityDrawView) => {
    setOutcome({
      tone: 'success',
      text: t('quality.draw.done', { count: draw.samples.length, population: draw.population }),
    });
    list.reload();
  };

  return (
    <section className="page" aria-labelledby="quality-title">
      <div className="page__heading">
        <h1 id="quality-title">{t('quality.title')}</h1>
        <Link href={qualityReportsPath}>{t('quality.reportsLink')}</Link>
      </div>
      <p className="page__intro">{t('quality.intro')}</p>
      <OutcomeNotice outcome={outcome} />
      {list.error && <FailureNotice failure={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Progress label={t('app.loading')} />}
      {list.data?.canDraw && officeId && (
        <section className="panel panel--form" aria-labelledby="quality-draw-title">
          <h2 id="quality-draw-title">{t('quality.draw.title')}</h2>
          <DrawSampleForm officeId={officeId} onDrawn={drawn} />
        </section>
      )}
      <section aria-labelledby="quality-draws-title">
        <h2 id="quality-draws-title">{t('quality.draws.title')}</h2>
        {list.data && list.data.draws.length === 0 && <p className="empty">{t('quality.draws.empty')}</p>}
        {list.data?.draws.map((draw) => (
          <div key={draw.id} className="table-wrap">
            <table className="table">
              <caption>
                {t('quality.draws.heading', {
                  from: formatDate(draw.periodFrom),
                  to: formatDate(draw.periodTo),
                  rate: Math.round(draw.randomRate * 1000) / 10,
                  seed: draw.seed,
                  population: draw.population,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('quality.draws.caseNumber')}</th>
                  <th scope="col">{t('quality.draws.issuedOn')}</th>
                  <th scope="col">{t('quality.draws.author')}</th>
                  <th scope="col">{t('quality.draws.reason')}</th>
                  <th scope="col">{t('quality.draws.reviewer')}</th>
                  <th scope="col">{t('quality.draws.status')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {draw.samples.map((sample) => (
                  <SampleRow key={sample.id} sample={sample} onChanged={list.reload} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
    </section>
  );
}
