import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnavailabilityView } from '@refugio/contract';
import { formatDate, weekdayName } from '../i18n/dates';
import { currentLanguage } from '../i18n/i18n';
import { useNames } from '../i18n/useNames';
import { BlockItem, InterviewItem, type Placement } from './AgendaItems';
import type { Lane, Lens } from './lanes';
import { gridEnd, gridHours, partOn, placeOnGrid, timeOf } from './week';

interface DayProps {
  day: string;
  lanes: Lane[];
  lens: Lens;
  onRelease: (block: UnavailabilityView, name: string) => void;
}

/** "Lunes 07/12/2026". */
export function useDayTitle() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (day: string) => {
    const weekday = weekdayName(day, language);
    return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)} ${formatDate(day)}`;
  };
}

/** A lane's bookings that touch the day, in time order, each placed on the grid (or below it). */
function itemsOf(lane: Lane, day: string) {
  const items = [
    ...lane.interviews.map((interview) => ({
      kind: 'interview' as const,
      interview,
      part: partOn(interview, day),
    })),
    ...lane.blocks.map((block) => ({ kind: 'block' as const, block, part: partOn(block, day) })),
  ].flatMap((item) => (item.part ? [{ ...item, part: item.part, placement: placeOnGrid(item.part) }] : []));
  return items.sort((a, b) => a.part.from - b.part.from);
}

function LaneColumn({ lane, day, lens, onRelease }: { lane: Lane } & Omit<DayProps, 'lanes'>) {
  const { t } = useTranslation();
  const names = useNames();
  const items = itemsOf(lane, day);
  const headingId = `agenda-${day}-${lane.key.replace(':', '-')}`;
  const name = lane.id === null ? t('agenda.remoteLane') : lane.name;
  const render = (item: (typeof items)[number], placement: Placement) =>
    item.kind === 'interview' ? (
      <InterviewItem key={item.interview.id} interview={item.interview} lens={lens} placement={placement} />
    ) : (
      <BlockItem
        key={item.block.id}
        block={item.block}
        name={name}
        placement={placement}
        onRelease={(block) => onRelease(block, name)}
      />
    );
  const onGrid = items.filter((item) => item.placement);
  const outside = items.filter((item) => !item.placement);
  return (
    <section className="agenda-lane" aria-labelledby={headingId}>
      <h3 id={headingId} className="agenda-lane__name">
        {name}
        {lane.languages.length > 0 && (
          <span className="agenda-lane__detail">{lane.languages.map(names.spokenLanguage).join(', ')}</span>
        )}
      </h3>
      <div className="agenda-lane__body">
        {onGrid.length > 0 ? (
          <ul className="agenda-lane__items">{onGrid.map((item) => render(item, item.placement))}</ul>
        ) : (
          <p className="agenda-lane__free">{t('agenda.laneFree')}</p>
        )}
      </div>
      {outside.length > 0 && (
        <div className="agenda-lane__outside">
          <p className="agenda-lane__outside-title">{t('agenda.outside')}</p>
          <ul className="agenda-lane__items agenda-lane__items--flow">
            {outside.map((item) => render(item, null))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** One day of the week: its heading, then an hour scale and a lane per resource (or a line when all are free). */
export function AgendaDay({ day, lanes, lens, onRelease }: DayProps) {
  const { t } = useTranslation();
  const dayTitle = useDayTitle();
  const headingId = `agenda-day-${day}`;
  const busy = lanes.some((lane) => itemsOf(lane, day).length > 0);
  return (
    <section className="agenda-day" aria-labelledby={headingId}>
      <h2 id={headingId} className="agenda-day__title">
        {dayTitle(day)}
      </h2>
      {busy ? (
        <div className="agenda-grid" style={{ '--lanes': lanes.length } as CSSProperties}>
          <div className="agenda-grid__hours" aria-hidden="true">
            {[...gridHours, gridEnd / 60].map((hour) => (
              <span key={hour} className="agenda-grid__hour">
                {timeOf(hour * 60)}
              </span>
            ))}
          </div>
          {lanes.map((lane) => (
            <LaneColumn key={lane.key} lane={lane} day={day} lens={lens} onRelease={onRelease} />
          ))}
        </div>
      ) : (
        <p className="agenda-day__empty">{t(`agenda.dayEmpty.${lens}`)}</p>
      )}
    </section>
  );
}

/** Whether anything of these lanes touches the day (Saturday and Sunday show only then). */
export const dayHasBookings = (lanes: Lane[], day: string) =>
  lanes.some((lane) => itemsOf(lane, day).length > 0);
