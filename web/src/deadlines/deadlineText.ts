import type { TFunction } from 'i18next';
import type { LimitUnit } from '@refugio/contract';
import type { Option } from '../i18n/useNames';

/** The horizons of "due soon" offered, in working days. */
const withinChoices = [5, 10, 15, 20, 30, 45, 60];

/** The horizons as options, with `current` added when the URL asked for another one. */
export function withinOptions(t: TFunction, current: number): Option[] {
  const values = withinChoices.includes(current)
    ? withinChoices
    : [...withinChoices, current].sort((a, b) => a - b);
  return values.map((n) => ({ value: String(n), label: t('dashboard.withinOption', { count: n }) }));
}

/** "12 días hábiles", "1 mes": an amount in a limit's unit, in the officer's language. */
export function unitCount(t: TFunction, unit: LimitUnit, count: number): string {
  return t(`deadlines.unitCount.${unit}`, { count });
}

/** Working days to a due date: "quedan 3 días hábiles", "vence hoy", "vencido hace 2 días hábiles". */
export function workingDaysLeft(t: TFunction, days: number): string {
  if (days > 0) return t('deadlines.left', { count: days });
  if (days === 0) return t('deadlines.dueToday');
  return t('deadlines.overdueBy', { count: -days });
}
