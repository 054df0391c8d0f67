import { describe, expect, it } from 'vitest';
import { countedNoShows } from './no-show-count';

const missed = (id: string) => ({
  type: 'record_no_show',
  data: { data: {}, record: { kind: 'interview', id } },
});
const justified = (id: string) => ({
  type: 'no_show_justified',
  data: { data: { reason: 'illness' }, record: { kind: 'interview', id } },
});

describe('the no-shows that count towards abandonment', () => {
  it('counts each missed interview', () => {
    expect(countedNoShows([missed('a'), { type: 'schedule_interview', data: {} }, missed('b')])).toBe(2);
  });

  it('leaves out one justified later, and only that one', () => {
    expect(countedNoShows([missed('a'), missed('b'), justified('a')])).toBe(1);
    expect(countedNoShows([missed('a'), justified('c')])).toBe(1);
  });

  it('counts a step recorded without its interview (a paper file), which nothing can justify', () => {
    expect(countedNoShows([{ type: 'record_no_show', data: { data: {} } }, justified('a')])).toBe(1);
    expect(countedNoShows([{ type: 'record_no_show', data: null }])).toBe(1);
  });
});
