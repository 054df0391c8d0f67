import { CaseListQuery, caseSorts } from '@refugio/contract';

export type CaseSort = (typeof caseSorts)[number];
export type SortOrder = 'asc' | 'desc';

/** The list's search, filters, sort and page, as kept in the URL (so Back and shared links work). */
export interface ListQuery {
  q: string;
  nationality: string;
  officeId: string;
  /** The procedure stage (the list's "Estado" filter). */
  stage: string;
  /** overdue | due_soon | suspended: the state of the case's next time limit, or '' for any. */
  deadline: string;
  /** "Due soon" means within this many working days. */
  within: number;
  page: number;
  pageSize: number;
  sort: CaseSort;
  order: SortOrder;
}

export const defaultListQuery: ListQuery = {
  q: '',
  nationality: '',
  officeId: '',
  stage: '',
  deadline: '',
  within: 10,
  page: 1,
  pageSize: 25,
  sort: 'registeredAt',
  order: 'desc',
};

export const pageSizes = [10, 25, 50, 100] as const;

/** Reads the URL leniently: a bad value falls back to its default instead of breaking the page. */
export function readListQuery(search: string): ListQuery {
  const params = new URLSearchParams(search);
  const query = { ...defaultListQuery };
  for (const key of ['q', 'nationality', 'officeId', 'stage', 'deadline'] as const) {
    const value = params.get(key);
    if (value !== null && CaseListQuery.shape[key].safeParse(value).success) query[key] = value;
  }
  const within = CaseListQuery.shape.within.safeParse(params.get('within') ?? undefined);
  if (within.success) query.within = within.data;
  const page = CaseListQuery.shape.page.safeParse(params.get('page') ?? undefined);
  if (page.success) query.page = page.data;
  const size = Number(params.get('pageSize'));
  if ((pageSizes as readonly number[]).includes(size)) query.pageSize = size;
  const sort = CaseListQuery.shape.sort.safeParse(params.get('sort') ?? undefined);
  if (sort.success) query.sort = sort.data;
  const order = CaseListQuery.shape.order.safeParse(params.get('order') ?? undefined);
  if (order.success) query.order = order.data;
  return query;
}

/** The URL search string for a query, leaving out defaults. */
export function writeListQuery(query: ListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [keyof ListQuery, string | number][]) {
    if (value !== '' && value !== defaultListQuery[key]) params.set(key, String(value));
  }
  return params.toString();
}

/** The API query for a list query (empty filters left out). */
export function toApiQuery(query: ListQuery): CaseListQuery {
  return {
    q: query.q || undefined,
    nationality: query.nationality || undefined,
    officeId: query.officeId || undefined,
    stage: query.stage ? CaseListQuery.shape.stage.parse(query.stage) : undefined,
    deadline: query.deadline ? CaseListQuery.shape.deadline.parse(query.deadline) : undefined,
    // The horizon only matters to "due soon"; left out otherwise so the server's default applies.
    within: query.deadline === 'due_soon' ? query.within : undefined,
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort,
    order: query.order,
  };
}

/** Dates newest first, names and numbers A→Z, the next time limit soonest first, on the first click. */
export function defaultOrder(sort: CaseSort): SortOrder {
  return sort === 'name' || sort === 'caseNumber' || sort === 'nextDeadline' ? 'asc' : 'desc';
}
