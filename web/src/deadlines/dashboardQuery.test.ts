import { describe, expect, it } from 'vitest';
import {
  defaultDashboardQuery,
  readDashboardQuery,
  toDashboardApiQuery,
  writeDashboardQuery,
} from './dashboardQuery';

describe('deadline dashboard query in the URL', () => {
  it('round-trips, leaving defaults out of the URL', () => {
    const query = { ...defaultDashboardQuery, within: 20, stage: 'assessment', status: 'overdue', page: 2 };
    const search = writeDashboardQuery(query);
    expect(search).toBe('within=20&stage=assessment&status=overdue&page=2');
    expect(readDashboardQuery(search)).toEqual(query);
    expect(writeDashboardQuery(defaultDashboardQuery)).toBe('');
  });

  it('ignores values the API would refuse instead of breaking the page', () => {
    expect(
      readDashboardQuery('within=999&status=late&limit=nap&officeId=TAP&stage=open&page=0&pageSize=7'),
    ).toEqual(defaultDashboardQuery);
  });

  it('sends only the filters in use', () => {
    expect(toDashboardApiQuery({ ...defaultDashboardQuery, limit: 'appeal_filing' })).toEqual({
      within: 10,
      officeId: undefined,
      stage: undefined,
      limit: 'appeal_filing',
      status: undefined,
      page: 1,
      pageSize: 25,
    });
  });
});
