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
import { SampleList } from './SampleList';
import { qualityReportsPath } from './paths';

/** The office's quality draws and the decisions they sampled: draw, assign reviewers, open reviews. */
export function QualityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('quality.title'));
  const me = useMe();
  const list = useApi('quality-draws', (signal) => listQualityDraws(signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [revision, setRevision] = useState(0);
  const [chosen, setChosen] = useState<QualityDrawView | null>(null);
  const officeId = me.user.office?.id;
  const period = (draw: QualityDrawView) =>
    t('quality.draws.period', { from: formatDate(draw.periodFrom), to: formatDate(draw.periodTo) });
  const drawn = (draw: QualityDrawView) => {
    setOutcome({
      tone: 'success',
      text: t('quality.draw.done', { count: draw.samples.length, population: draw.population }),
    });
    list.reload();
    setRevision((r) => r + 1);
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
      {list.data && (
        <SampleList
          drawId={chosen?.id ?? null}
          drawLabel={chosen ? period(chosen) : null}
          onClearDraw={() => setChosen(null)}
          revision={revision}
        />
      )}
      {list.data && list.data.draws.length > 0 && (
        <section aria-labelledby="quality-draws-title">
          <h2 id="quality-draws-title">{t('quality.draws.title')}</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('quality.draws.periodColumn')}</th>
                  <th scope="col">{t('quality.draws.drawnAt')}</th>
                  <th scope="col">{t('quality.draws.rule')}</th>
                  <th scope="col">{t('quality.draws.sampled')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {list.data.draws.map((draw) => (
                  <tr key={draw.id}>
                    <td>{period(draw)}</td>
                    <td>
                      {formatDate(draw.drawnAt.slice(0, 10))}
                      {draw.drawnBy ? ` · ${draw.drawnBy.name}` : ''}
                    </td>
                    <td>
                      {t('quality.draws.heading', {
                        rate: Math.round(draw.randomRate * 1000) / 10,
                        seed: draw.seed,
                        population: draw.population,
                      })}
                    </td>
                    <td>{draw.samples.length}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-pressed={chosen?.id === draw.id}
                        onClick={() => setChosen(draw)}
                      >
                        {t('quality.draws.showSamples')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </section>
  );
}
