import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AgendaInterview, UnavailabilityView } from '@refugio/contract';
import { paths } from '../app/paths';
import { useNames } from '../i18n/useNames';
import type { Lens } from './lanes';
import { spanText } from './spanText';

/** Where an item sits in its lane (percent of the 08:00–18:00 grid); none below the grid. */
export type Placement = { top: number; height: number } | null;

const style = (placement: Placement): CSSProperties | undefined =>
  placement ? { top: `${placement.top}%`, height: `${placement.height}%` } : undefined;

const timeText = (t: ReturnType<typeof useTranslation>['t'], span: AgendaInterview | UnavailabilityView) =>
  span.start.date === span.end.date ? `${span.start.time}–${span.end.time}` : spanText(t, span);

/** One interview: time and status, case, interviewee (if the reader may know), and the lens's other resources. */
export function InterviewItem({
  interview,
  lens,
  placement,
}: {
  interview: AgendaInterview;
  lens: Lens;
  placement: Placement;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const language = names.spokenLanguage(interview.language);
  const details = [
    lens !== 'person' && t('agenda.interview.officer', { name: interview.officer.name }),
    lens !== 'room' &&
      (interview.room
        ? t('agenda.interview.room', { name: interview.room.name })
        : t('agenda.interview.remote')),
    interview.interpreter
      ? t(
          interview.interpreterRemote ? 'agenda.interview.interpreterRemote' : 'agenda.interview.interpreter',
          {
            name: interview.interpreter.fullName,
            language,
          },
        )
      : t('agenda.interview.language', { language }),
  ].filter((d): d is string => typeof d === 'string');
  return (
    <li
      className={`agenda-item agenda-item--interview agenda-item--${interview.status}`}
      style={style(placement)}
    >
      <p className="agenda-item__time">
        <time dateTime={interview.startsAt}>{timeText(t, interview)}</time>
        <span className="agenda-item__status">{t(`interviews.status.${interview.status}`)}</span>
      </p>
      <p className="agenda-item__case">
        {interview.canReadCase ? (
          <Link href={paths.case(interview.caseId)}>
            {t('agenda.interview.case', { caseNumber: interview.caseNumber })}
          </Link>
        ) : (
          t('agenda.interview.otherOffice')
        )}
      </p>
      {interview.intervieweeName && <p className="agenda-item__who">{interview.intervieweeName}</p>}
      {details.map((detail) => (
        <p key={detail} className="agenda-item__detail">
          {detail}
        </p>
      ))}
    </li>
  );
}

/** A block of unavailability: shaded, with its note, and a release button for those who may. */
export function BlockItem({
  block,
  name,
  placement,
  onRelease,
}: {
  block: UnavailabilityView;
  name: string;
  placement: Placement;
  onRelease: (block: UnavailabilityView) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="agenda-item agenda-item--unavailable" style={style(placement)}>
      <p className="agenda-item__time">
        <time dateTime={block.startsAt}>{timeText(t, block)}</time>
        <strong className="agenda-item__status">{t('agenda.block.title')}</strong>
      </p>
      {block.note && <p className="agenda-item__detail">{block.note}</p>}
      {block.canRelease && (
        <button
          type="button"
          className="button button--secondary agenda-item__release"
          aria-label={t('agenda.block.releaseLabel', { name, when: spanText(t, block) })}
          onClick={() => onRelease(block)}
        >
          {t('agenda.block.release')}
        </button>
      )}
    </li>
  );
}
