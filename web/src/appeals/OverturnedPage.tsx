import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OverturnedDecision } from '@refugio/contract';
import { listOverturned, markOverturnedSeen } from '../api/appeals';
import { asFailure, type ApiFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate } from '../i18n/dates';
import { Progress } from '../ui/Progress';
import { useState } from 'react';

export const overturnedPath = '/appeals/overturned';

/**
 * The feedback of the second instance to the first: decisions overturned or set aside on appeal, with
 * the appeal's reasons, for whoever drafted or approved them (and the office's supervisor). New ones
 * are marked until the reader marks them seen.
 */
export function OverturnedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('appeals.overturned.title'));
  const list = useApi('overturned', (signal) => listOverturned(signal));
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const items = list.data?.items ?? [];
  const unseen = items.filter((i) => !i.seen).map((i) => i.appealId);

  const markSeen = (ids: string[]) => {
    setSaving(true);
    setFailure(undefined);
    markOverturnedSeen(ids).then(
      (answer) => {
        setSaving(false);
        list.replace(answer);
      },
      (e: unknown) => {
        setSaving(false);
        setFailure(asFailure(e));
      },
    );
  };

  return (
    <section className="page" aria-labelledby="overturned-title">
      <div className="page__heading">
        <h1 id="overturned-title">{t('appeals.overturned.title')}</h1>
        {list.data && list.data.unseen > 0 && (
          <span className="badge badge--count">
            {t('appeals.overturned.unseen', { count: list.data.unseen })}
          </span>
        )}
      </div>
      <p className="page__intro">{t('appeals.overturned.intro')}</p>
      {list.error && <FailureNotice failure={list.error} onRetry={list.reload} />}
      {failure && <FailureNotice failure={failure} />}
      {list.loading && !list.data && <Progress label={t('app.loading')} />}
      {list.data && items.length === 0 && <p className="empty">{t('appeals.overturned.empty')}</p>}
      {unseen.length > 1 && (
        <button
          type="button"
          className="button button--secondary"
          disabled={saving}
          onClick={() => markSeen(unseen)}
        >
          {t('appeals.overturned.markAllSeen')}
        </button>
      )}
      {items.map((item) => (
        <OverturnedItem
          key={item.appealId}
          item={item}
          saving={saving}
          onSeen={() => markSeen([item.appealId])}
        />
      ))}
    </section>
  );
}

function OverturnedItem({
  item,
  saving,
  onSeen,
}: {
  item: OverturnedDecision;
  saving: boolean;
  onSeen: () => void;
}) {
  const { t } = useTranslation();
  const titleId = `overturned-${item.appealId}`;
  const nobody = t('appeals.overturned.nobody');
  return (
    <article className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <Link href={paths.case(item.caseId)}>
          {t('appeals.overturned.item', { caseNumber: item.caseNumber })}
        </Link>{' '}
        {!item.seen && <span className="badge badge--warning">{t('appeals.overturned.new')}</span>}
      </h2>
      <p>
        {t('appeals.overturned.original', {
          outcome: item.decision.outcome ? t(`procedure.outcomes.${item.decision.outcome}`) : '—',
          author: item.decision.author?.name ?? nobody,
          approver: item.decision.approver?.name ?? nobody,
        })}
      </p>
      <p>
        {t('appeals.overturned.appeal', {
          outcome: t(`procedure.outcomes.${item.appealOutcome}`),
          date: formatDate(item.decidedOn),
        })}
      </p>
      <h3 className="panel__subheading">{t('appeals.facts.reasons')}</h3>
      <p className="prewrap">{item.reasons}</p>
      {!item.seen && (
        <button type="button" className="button button--secondary" disabled={saving} onClick={onSeen}>
          {t('appeals.overturned.markSeen')}
        </button>
      )}
    </article>
  );
}
