import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseDetail, TimeLimitId } from '@refugio/contract';
import { listSuspensions } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { paths } from '../app/paths';
import { can, useMe } from '../session/SessionContext';
import { OutcomeNotice } from '../ui/OutcomeNotice';
import { DeadlineRow } from './DeadlineRow';
import { ExtendDeadlineForm } from './ExtendDeadlineForm';
import { useCaseChange } from './useCaseChange';

interface CaseDeadlinesProps {
  detail: CaseDetail;
  /** Shows the case the server answered after a change. */
  onReplace: (detail: CaseDetail) => void;
  onReload: () => void;
}

/** The first day of the open-ended suspensions covering the case: when a suspended clock stopped. */
function useSuspendedSince(detail: CaseDetail): string | undefined {
  const suspended = detail.deadlines.some((d) => d.status === 'suspended');
  const list = useApi(suspended ? `suspensions:active:${detail.id}` : null, (signal) =>
    listSuspensions({ status: 'active', caseId: detail.id }, signal),
  );
  const open = (list.data?.items ?? []).filter((s) => s.endsOn === null).map((s) => s.startsOn);
  return open.sort()[0];
}

/** The legal time limits running on the case, with their due dates, suspensions and extensions. */
export function CaseDeadlines({ detail, onReplace, onReload }: CaseDeadlinesProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [extending, setExtending] = useState<TimeLimitId | null>(null);
  const change = useCaseChange(onReplace, onReload);
  const suspendedSince = useSuspendedSince(detail);
  const chosen = detail.deadlines.find((d) => d.limit === extending && d.extendable);

  return (
    <>
      <OutcomeNotice outcome={change.outcome} />
      {detail.deadlines.length === 0 ? (
        <p>{t('deadlines.none')}</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('deadlines.limit')}</th>
              <th scope="col">{t('deadlines.due')}</th>
              <th scope="col">{t('deadlines.status')}</th>
              <th scope="col">{t('deadlines.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.deadlines.map((d) => (
              <DeadlineRow
                key={d.limit}
                deadline={d}
                suspendedSince={d.status === 'suspended' ? suspendedSince : undefined}
                extending={extending === d.limit}
                onExtend={() => {
                  change.clear();
                  setExtending(extending === d.limit ? null : d.limit);
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      {chosen && (
        <ExtendDeadlineForm
          key={chosen.limit}
          caseId={detail.id}
          version={detail.version}
          deadline={chosen}
          onCancel={() => setExtending(null)}
          onConflict={() => change.conflicted(t('deadlines.extend.conflict'))}
          onExtended={(updated) => {
            setExtending(null);
            change.done(
              t('deadlines.extend.done', { limit: t(`deadlines.limits.${chosen.limit}`) }),
              updated,
            );
          }}
        />
      )}
      {can(me, 'clock.suspend') && (
        <p className="panel__link">
          <Link href={paths.caseSuspensions(detail.id)}>{t('deadlines.suspendLink')}</Link>
        </p>
      )}
    </>
  );
}
