import { DeadlineDashboardQuery } from '@refugio/contract';
import { pageSizes } from '../cases/caseListQuery';

/** The dashboard's horizon, filters and page, as kept in the URL (so Back and shared links work). */
export interface DashboardQuery {
  /** "Due soon" means within this many working days. */
  within: number;
  officeId: string;
  stage: string;
  limit: string;
  /** overdue | due_soon | suspended, or '' for all. */
  status: string;
  page: number;
  pageSize: number;
}

export const defaultDashboardQuery: DashboardQuery = {
  within: 10,
  officeId: '',
  stage: '',
  limit: '',
  status: '',
  page: 1,
  pageSize: 25,
};

/** Reads the URL leniently: a bad value falls back to its default instead of breaking the page. */
export function readDashboardQuery(search: string): DashboardQuery {
  const params = new URLSearchParams(search);
  const shape = DeadlineDashboardQuery.shape;
  const query = { ...defaultDashboardQuery };
  for (const key of ['officeId', 'stage', 'limit', 'status'] as const) {
    const value = params.get(key);
    if (value !== null && shape[key].safeParse(value).success) query[key] = value;
  }
  for (const key of ['within', 'page'] as const) {
    const parsed = shape[key].safeParse(params.get(key) ?? undefined);
    if (parsed.success) query[key] = parsed.data;
  }
  const size = Number(params.get('pageSize'));
  if ((pageSizes as readonly number[]).includes(size)) query.pageSize = size;
  return query;
}

/** The URL search string for a query, leaving out defaults. */
export function writeDashboardQuery(query: DashboardQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [keyof DashboardQuery, string | number][]) {
    if (value !== '' && value !== defaultDashboardQuery[key]) params.set(key, String(value));
  }
  return params.toString();
}

/** The API query (empty filters left out); values were checked when the URL was read. */
export function toDashboardApiQuery(query: DashboardQuery): DeadlineDashboardQuery {
  const shape = DeadlineDashboardQuery.shape;
  return {
    within: query.within,
    officeId: query.officeId || undefined,
    stage: query.stage ? shape.stage.parse(query.stage) : undefined,
    limit: query.limit ? shape.limit.parse(query.limit) : undefined,
    status: query.status ? shape.status.parse(query.status) : undefined,
    page: query.page,
    pageSize: query.pageSize,
  };
}
