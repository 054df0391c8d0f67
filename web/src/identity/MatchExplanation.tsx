import { useTranslation } from 'react-i18next';
import type { FieldComparisonView } from '@refugio/contract';

/** Which fields agreed and how much each counted, side by side with the score. */
export function MatchExplanation({ fields }: { fields: FieldComparisonView[] }) {
  const { t } = useTranslation();
  return (
    <table className="identity-explanation">
      <caption className="visually-hidden">{t('identity.explanation')}</caption>
      <tbody>
        {fields.map((f) => (
          <tr
            key={`${f.field}-${f.level}`}
            className={f.weight > 0 ? 'is-for' : f.weight < 0 ? 'is-against' : ''}
          >
            <th scope="row">{t(`identity.fields.${f.field}`)}</th>
            <td>{t(`identity.levels.${f.level}`, { defaultValue: f.level.replace(/_/g, ' ') })}</td>
            <td>{t('identity.weight', { sign: f.weight > 0 ? '+' : '', weight: f.weight.toFixed(1) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
