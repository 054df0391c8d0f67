import { describe, expect, it } from 'vitest';
import { defaultListQuery, readListQuery, toApiQuery, writeListQuery } from './caseListQuery';

describe('case list query in the URL', () => {
  it('round-trips, leaving defaults out of the URL', () => {
    const query = {
      ...defaultListQuery,
      q: 'pérez juan',
      nationality: 'HND',
      page: 3,
      sort: 'name' as const,
      order: 'asc' as const,
    };
    const search = writeListQuery(query);
    expect(search).toBe('q=p%C3%A9rez+juan&nationality=HND&page=3&sort=name&order=asc');
    expect(readListQuery(search)).toEqual(query);
    expect(writeListQuery(defaultListQuery)).toBe('');
  });

  it('ignores values the API would refuse instead of breaking the page', () => {
    expect(
      readListQuery('page=-4&sort=salary&order=up&pageSize=1000&officeId=not-a-uuid&stage=open'),
    ).toEqual(defaultListQuery);
  });

  it('sends only the filters in use', () => {
    expect(toApiQuery({ ...defaultListQuery, stage: 'notified' })).toEqual({
      q: undefined,
      nationality: undefined,
      officeId: undefined,
      stage: 'notified',
      deadline: undefined,
      within: undefined,
      page: 1,
      pageSize: 25,
      sort: 'registeredAt',
      order: 'desc',
    });
  });
});

describe('deadline filter in the URL', () => {
  it('keeps the deadline status and horizon, and sends the horizon only with "due soon"', () => {
    const query = readListQuery('deadline=due_soon&within=5&sort=nextDeadline&order=asc');
    expect(query).toMatchObject({ deadline: 'due_soon', within: 5, sort: 'nextDeadline', order: 'asc' });
    expect(toApiQuery(query)).toMatchObject({ deadline: 'due_soon', within: 5, sort: 'nextDeadline' });
    expect(toApiQuery({ ...query, deadline: 'overdue' })).toMatchObject({
      deadline: 'overdue',
      within: undefined,
    });
    expect(writeListQuery({ ...defaultListQuery, deadline: 'suspended' })).toBe('deadline=suspended');
  });

  it('ignores an unknown deadline status or horizon', () => {
    expect(readListQuery('deadline=late&within=-3')).toEqual(defaultListQuery);
  });
});
