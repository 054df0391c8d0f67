import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { qualityIndicators } from '@refugio/contract';
import { getQualityReport } from '../api/quality';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { qualityPath } from './paths';

/** Rating counts per indicator over completed reviews, by office or by officer. */
export function QualityReportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('quality.reports.title'));
  const [groupBy, setGroupBy] = useState<'office' | 'officer'>('office');
  const report = useApi(`quality-report:${groupBy}`, (signal) => getQualityReport(groupBy, signal));
  const options = [
    { value: 'office', label: t('quality.reports.office') },
    { value: 'officer', label: t('quality.reports.officer') },
  ];

  return (
    <section className="page" aria-labelledby="quality-reports-title">
      <p className="breadcrumb">
        <Link href={qualityPath}>← {t('quality.review.back')}</Link>
      </p>
      <h1 id="quality-reports-title">{t('quality.reports.title')}</h1>
      <div className="list-status">
        <SelectField
          id="quality-report-group"
          label={t('quality.reports.groupBy')}
          value={groupBy}
          options={options}
          onValueChange={(v) => setGroupBy(v === 'officer' ? 'officer' : 'office')}
        />
      </div>
      {report.error && <FailureNotice failure={report.error} onRetry={report.reload} />}
      {report.loading && !report.data && <Progress label={t('app.loading')} />}
      {report.data && report.data.rows.length === 0 && <p className="empty">{t('quality.reports.empty')}</p>}
      {report.data?.rows.map((row) => (
        <div key={row.group.id} className="table-wrap">
          <table className="table">
            <caption>
              {row.group.name} · {t('quality.reports.reviews', { count: row.reviews })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('quality.reports.indicator')}</th>
                <th scope="col">{t('quality.ratings.correct')}</th>
                <th scope="col">{t('quality.ratings.minor')}</th>
                <th scope="col">{t('quality.ratings.significant')}</th>
                <th scope="col">{t('quality.ratings.not_applicable')}</th>
              </tr>
            </thead>
            <tbody>
              {qualityIndicators.map((i) => {
                const counts = row.indicators.find((c) => c.indicatorId === i.id);
                return (
                  <tr key={i.id}>
                    <th scope="row">{t(`quality.indicators.${i.id}`)}</th>
                    <td>{counts?.correct ?? 0}</td>
                    <td>{counts?.minor ?? 0}</td>
                    <td>{counts?.significant ?? 0}</td>
                    <td>{counts?.not_applicable ?? 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
