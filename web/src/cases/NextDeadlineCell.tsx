import { useTranslation } from 'react-i18next';
import type { NextDeadline } from '@refugio/contract';
import { formatDate } from '../i18n/dates';

/** The case's next time limit: its name and due date, marked (in words too) when overdue or suspended. */
export function NextDeadlineCell({ deadline }: { deadline: NextDeadline | null }) {
  const { t } = useTranslation();
  if (!deadline) return <span className="muted">—</span>;
  const { limit, dueDate, status } = deadline;
  return (
    <span className={`next-deadline next-deadline--${status}`}>
      <span className="next-deadline__limit">{t(`deadlines.limits.${limit}`)}</span>{' '}
      <span className="next-deadline__date">
        {status === 'suspended' || !dueDate ? t('cases.nextDeadlineSuspended') : formatDate(dueDate)}
        {status === 'overdue' && ` (${t('cases.nextDeadlineOverdue')})`}
      </span>
    </span>
  );
}
