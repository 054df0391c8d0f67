import { useTranslation } from 'react-i18next';
import type { SuspensionChangeResult, SuspensionView } from '@refugio/contract';
import type { SuspensionAction } from './SuspensionChangeForm';
import { SuspensionRow } from './SuspensionRow';

interface SuspensionTableProps {
  items: SuspensionView[];
  busy: boolean;
  onSaved: (action: SuspensionAction, result: SuspensionChangeResult) => void;
  onConflict: () => void;
}

export function SuspensionTable({ items, busy, onSaved, onConflict }: SuspensionTableProps) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty">{t('suspensions.empty')}</p>;
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('suspensions.column.scope')}</th>
            <th scope="col">{t('suspensions.column.target')}</th>
            <th scope="col">{t('suspensions.column.startsOn')}</th>
            <th scope="col">{t('suspensions.column.endsOn')}</th>
            <th scope="col">{t('suspensions.column.legalBasis')}</th>
            <th scope="col">{t('suspensions.column.reason')}</th>
            <th scope="col">{t('suspensions.column.status')}</th>
            <th scope="col">{t('suspensions.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <SuspensionRow key={s.id} suspension={s} onSaved={onSaved} onConflict={onConflict} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
