import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { SuspensionListQuery } from '@refugio/contract';
import { getCase, listSuspensions } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ClockChangeOutcome } from '../deadlines/ClockChangeOutcome';
import { useClockChange } from '../deadlines/useClockChange';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { SuspendClocksForm } from './SuspendClocksForm';
import { SuspensionTable } from './SuspensionTable';

const statuses = ['active', 'withdrawn', 'all'] as const;

/** Reads `?status=` and `?caseId=` leniently: a bad value falls back to the default. */
function readQuery(search: string) {
  const params = new URLSearchParams(search);
  const { shape } = SuspensionListQuery;
  const status = shape.status.safeParse(params.get('status') ?? undefined);
  const caseId = shape.caseId.safeParse(params.get('caseId') ?? undefined);
  return {
    status: status.success ? status.data : 'active',
    caseId: caseId.success ? caseId.data : undefined,
  };
}

/** Suspensions of time limits: the list with each one's history and changes, and a form to suspend. */
export function SuspensionsPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  useDocumentTitle(t('suspensions.title'));
  const { status, caseId } = readQuery(search);
  const list = useApi(`suspensions?status=${status}&caseId=${caseId ?? ''}`, (signal) =>
    listSuspensions({ status, caseId }, signal),
  );
  const caseFile = useApi(caseId ? `case:${caseId}` : null, (signal) => getCase(caseId ?? '', signal));
  const { change, conflict, changed, conflicted } = useClockChange(list.reload);

  const showStatus = (next: string) => {
    const params = new URLSearchParams(search);
    if (next === 'active') params.delete('status');
    else params.set('status', next);
    const qs = params.toString();
    navigate(qs ? `${paths.suspensions}?${qs}` : paths.suspensions);
  };
  const caseNumber = caseFile.data?.caseNumber;

  return (
    <section className="page" aria-labelledby="suspensions-title">
      {caseId && (
        <p className="breadcrumb">
          <Link href={paths.case(caseId)}>← {t('suspensions.backToCase')}</Link>
        </p>
      )}
      <div className="page__heading">
        <h1 id="suspensions-title">{t('suspensions.title')}</h1>
        {caseNumber && <span className="badge">{t('suspensions.forCase', { caseNumber })}</span>}
      </div>
      <p className="page__intro">{t('suspensions.intro')}</p>
      <ClockChangeOutcome conflict={conflict ? t('suspensions.conflict') : null} change={change} />
      {list.data && list.data.canSuspend.length > 0 && (
        <section className="panel panel--form" aria-labelledby="suspend-title">
          <h2 id="suspend-title">{t('suspensions.form.title')}</h2>
          <SuspendClocksForm
            key={caseId ?? ''}
            canSuspend={list.data.canSuspend}
            caseFile={caseId ? { id: caseId, caseNumber } : undefined}
            onSaved={(result) => changed(t('suspensions.saved.created'), result.recomputation)}
          />
        </section>
      )}
      <section aria-labelledby="suspensions-list-title">
        <h2 id="suspensions-list-title">{t('suspensions.list')}</h2>
        <div className="list-status">
          <SelectField
            id="suspensions-status"
            label={t('suspensions.show')}
            value={status}
            onValueChange={showStatus}
            options={statuses.map((s) => ({ value: s, label: t(`suspensions.filter.${s}`) }))}
            className="field--inline"
          />
          {list.loading && <Progress label={t('app.loading')} />}
        </div>
        {list.error && <FailureNotice failure={list.error} onRetry={list.reload} />}
        {list.data && (
          <SuspensionTable
            items={list.data.items}
            busy={list.loading}
            onSaved={(action, result) => changed(t(`suspensions.saved.${action}`), result.recomputation)}
            onConflict={conflicted}
          />
        )}
      </section>
    </section>
  );
}
