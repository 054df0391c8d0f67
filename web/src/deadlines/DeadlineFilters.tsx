import { useTranslation } from 'react-i18next';
import { stageIds, timeLimitIds } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { SelectField } from '../ui/SelectField';
import { defaultDashboardQuery, type DashboardQuery } from './dashboardQuery';
import { withinOptions } from './deadlineText';

export const dashboardStatuses = ['overdue', 'due_soon', 'suspended'] as const;

interface DeadlineFiltersProps {
  query: DashboardQuery;
  onChange: (change: Partial<DashboardQuery>) => void;
  /** Administrators work across offices; everyone else sees their own office only. */
  officeFilter: boolean;
}

/** The horizon of "due soon" and the filters; each applies as soon as it is chosen. */
export function DeadlineFilters({ query, onChange, officeFilter }: DeadlineFiltersProps) {
  const { t } = useTranslation();
  const { offices } = useReference();
  const filtered = query.officeId || query.stage || query.limit || query.status;

  return (
    <form role="search" aria-label={t('dashboard.filters')} className="filters filters--dashboard">
      <SelectField
        id="dashboard-within"
        label={t('dashboard.within')}
        value={String(query.within)}
        onValueChange={(value) => onChange({ within: Number(value) })}
        options={withinOptions(t, query.within)}
      />
      {officeFilter && (
        <SelectField
          id="dashboard-office"
          label={t('dashboard.office')}
          value={query.officeId}
          onValueChange={(officeId) => onChange({ officeId })}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t('cases.all')}
        />
      )}
      <SelectField
        id="dashboard-stage"
        label={t('dashboard.stage')}
        value={query.stage}
        onValueChange={(stage) => onChange({ stage })}
        options={stageIds.map((s) => ({ value: s, label: t(`procedure.stages.${s}`) }))}
        placeholder={t('cases.all')}
      />
      <SelectField
        id="dashboard-limit"
        label={t('dashboard.limit')}
        value={query.limit}
        onValueChange={(limit) => onChange({ limit })}
        options={timeLimitIds.map((l) => ({ value: l, label: t(`deadlines.limits.${l}`) }))}
        placeholder={t('app.allOptions')}
      />
      <SelectField
        id="dashboard-status"
        label={t('dashboard.status')}
        value={query.status}
        onValueChange={(status) => onChange({ status })}
        options={dashboardStatuses.map((s) => ({ value: s, label: t(`dashboard.statuses.${s}`) }))}
        placeholder={t('app.allOptions')}
      />
      {filtered && (
        <button
          type="button"
          className="button button--quiet filters__clear"
          onClick={() =>
            onChange({
              officeId: defaultDashboardQuery.officeId,
              stage: defaultDashboardQuery.stage,
              limit: defaultDashboardQuery.limit,
              status: defaultDashboardQuery.status,
            })
          }
        >
          {t('dashboard.clearFilters')}
        </button>
      )}
    </form>
  );
}
