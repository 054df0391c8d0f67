import { useTranslation } from 'react-i18next';
import type { DeadlineDashboard } from '@refugio/contract';

type Totals = DeadlineDashboard['totals'];

/** Each status with the key of its count in the dashboard's totals. */
export const countKeys = [
  ['overdue', 'overdue'],
  ['due_soon', 'dueSoon'],
  ['suspended', 'suspended'],
] as const satisfies readonly (readonly [string, keyof Totals])[];

interface DeadlineCountsProps {
  totals: Totals;
  /** The status the table is filtered by, or ''. */
  status: string;
  onStatus: (status: string) => void;
}

/** The three totals; pressing one filters the table by it, pressing it again shows all. */
export function DeadlineCounts({ totals, status, onStatus }: DeadlineCountsProps) {
  const { t } = useTranslation();
  return (
    <section className="deadline-counts" aria-labelledby="dashboard-summary-title">
      <h2 id="dashboard-summary-title">{t('dashboard.summary')}</h2>
      <div className="deadline-counts__buttons">
        {countKeys.map(([value, key]) => {
          const active = status === value;
          return (
            <button
              key={value}
              type="button"
              className={`deadline-count deadline-count--${value}`}
              aria-pressed={active}
              onClick={() => onStatus(active ? '' : value)}
            >
              <span className="deadline-count__number">{totals[key]}</span>{' '}
              <span className="deadline-count__label">{t(`dashboard.totals.${key}`)}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
}
