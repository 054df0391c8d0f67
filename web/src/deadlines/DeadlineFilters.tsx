import { useTranslation } from 'react-i18next';
import { timeLimitIds } from '@refugio/contract';
import { OfficeFilter, StageFilter, WithinFilter } from '../cases/CaseFilterFields';
import { Filters } from '../ui/Filters';
import { SelectField } from '../ui/SelectField';
import { defaultDashboardQuery, type DashboardQuery } from './dashboardQuery';

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
  const filtered = query.officeId || query.stage || query.limit || query.status;

  return (
    <Filters
      label={t('dashboard.filters')}
      className="filters--dashboard"
      filtered={Boolean(filtered)}
      clearLabel={t('dashboard.clearFilters')}
      onClear={() =>
        onChange({
          officeId: defaultDashboardQuery.officeId,
          stage: defaultDashboardQuery.stage,
          limit: defaultDashboardQuery.limit,
          status: defaultDashboardQuery.status,
        })
      }
    >
      <WithinFilter id="dashboard-within" label={t('dashboard.within')} query={query} onChange={onChange} />
      {officeFilter && (
        <OfficeFilter id="dashboard-office" label={t('dashboard.office')} query={query} onChange={onChange} />
      )}
      <StageFilter id="dashboard-stage" label={t('dashboard.stage')} query={query} onChange={onChange} />
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
    </Filters>
  );
}
