import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  qualitySampleListStatuses,
  type QualitySampleListStatus,
  type QualitySampleQuery,
} from '@refugio/contract';
import { listQualitySamples } from '../api/quality';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { Pagination } from '../cases/Pagination';
import { useMe } from '../session/SessionContext';
import { CheckboxField } from '../ui/CheckboxField';
import { Filters } from '../ui/Filters';
import { Progress } from '../ui/Progress';
import { SampleRow } from './SampleRow';

interface SampleListProps {
  /** Only this draw's samples, when one was chosen in the list of draws. */
  drawId: string | null;
  drawLabel: string | null;
  onClearDraw: () => void;
  /** Changes whenever a new draw is made, so the list reloads. */
  revision: number;
}

/**
 * The sampled decisions, a page at a time: whether each has a reviewer and how far its review got,
 * filtered by status, by draw, or to the ones given to the user.
 */
export function SampleList({ drawId, drawLabel, onClearDraw, revision }: SampleListProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [status, setStatus] = useState<QualitySampleListStatus | ''>('');
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const query: QualitySampleQuery = {
    ...(status ? { status } : {}),
    ...(mine ? { reviewerId: me.user.id } : {}),
    ...(drawId ? { drawId } : {}),
    page,
    pageSize,
  };
  const key = `quality-samples:${revision}:${JSON.stringify(query)}`;
  const samples = useApi(key, (signal) => listQualitySamples(query, signal));
  const filtered = status !== '' || mine || drawId !== null;
  const refilter = (change: () => void) => {
    change();
    setPage(1);
  };

  return (
    <section aria-labelledby="quality-samples-title">
      <h2 id="quality-samples-title">{t('quality.samples.title')}</h2>
      <Filters
        label={t('quality.samples.filters')}
        filtered={filtered}
        clearLabel={t('quality.samples.clear')}
        onClear={() =>
          refilter(() => {
            setStatus('');
            setMine(false);
            onClearDraw();
          })
        }
      >
        <label>
          {t('quality.samples.status')}{' '}
          <select
            value={status}
            onChange={(e) => refilter(() => setStatus(e.target.value as QualitySampleListStatus | ''))}
          >
            <option value="">{t('app.allOptions')}</option>
            {qualitySampleListStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`quality.samples.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <CheckboxField
          id="quality-samples-mine"
          label={t('quality.samples.mine')}
          checked={mine}
          onCheckedChange={(checked) => refilter(() => setMine(checked))}
        />
        {drawLabel && <span className="badge">{t('quality.samples.ofDraw', { draw: drawLabel })}</span>}
      </Filters>
      {samples.error && <FailureNotice failure={samples.error} onRetry={samples.reload} />}
      {samples.loading && !samples.data && <Progress label={t('app.loading')} />}
      {samples.data && samples.data.total === 0 && (
        <p className="empty">{filtered ? t('quality.samples.noneMatch') : t('quality.draws.empty')}</p>
      )}
      {samples.data && samples.data.total > 0 && (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('quality.samples.title')}</caption>
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
                {samples.data.items.map((sample) => (
                  <SampleRow key={sample.id} sample={sample} onChanged={samples.reload} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('quality.samples.total', { count: samples.data.total })}</p>
          {samples.data.total > pageSize && (
            <Pagination
              page={page}
              pageSize={pageSize}
              total={samples.data.total}
              onPage={setPage}
              onPageSize={(size) => refilter(() => setPageSize(size))}
            />
          )}
        </>
      )}
    </section>
  );
}
