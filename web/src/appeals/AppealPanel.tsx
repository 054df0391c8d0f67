import { useTranslation } from 'react-i18next';
import type { AppealedDecisionView, AppealStepResult, AppealView, StageId } from '@refugio/contract';
import { getCaseAppeals } from '../api/appeals';
import { useApi } from '../api/useApi';
import type { CasePanelProps } from '../app/feature-pages';
import { FailureNotice } from '../app/FailureNotice';
import { useCaseChange } from '../cases/useCaseChange';
import { formatDate } from '../i18n/dates';
import { currentLanguage } from '../i18n/i18n';
import { OutcomeNotice } from '../ui/OutcomeNotice';
import { AppealRecord } from './AppealRecord';
import { DecideAppealForm } from './DecideAppealForm';
import { FileAppealForm } from './FileAppealForm';
import { WithdrawAppealForm } from './WithdrawAppealForm';

const appealStages: readonly StageId[] = ['notified', 'appeal_lodged', 'appeal_decided', 'closed'];

/**
 * The case's appeal for review (recurso de revisión): the decision appealed, the appeal as filed with
 * whether it came in time, and its decision or withdrawal. Offers to record an appeal while the notified
 * decision can be appealed, to decide it to an appeals officer who had no part in the decision, and to
 * record the applicant's withdrawal to those who receive appeals. Renders nothing
 * on a case that has no appealable decision and no appeal.
 */
export function AppealPanel({ detail, onReplace, onReload }: CasePanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const change = useCaseChange(onReplace, onReload);
  // Only a case that was notified a decision, or was appealed before, has anything to show here.
  const relevant =
    appealStages.includes(detail.stage) || detail.events.some((e) => e.type === 'lodge_appeal');
  const appeals = useApi(relevant ? `appeals:${detail.id}:${detail.version}` : null, (signal) =>
    getCaseAppeals(detail.id, signal),
  );
  const data = appeals.data;
  if (!data && !appeals.error) return null;
  if (data && data.appeals.length === 0 && !data.appealable && !change.outcome) return null;

  const window = detail.deadlines.find((d) => d.limit === 'appeal_filing');
  // The step's answer is the appeal, not the case file: show the appeal as it now stands at once (no
  // form left to fill for an appeal already recorded or decided), say what was done, reload the case.
  const saved = (text: string, appeal: AppealView) => {
    if (data)
      appeals.replace({
        ...data,
        appeals: [...data.appeals.filter((a) => a.id !== appeal.id), appeal],
        appealable: null,
        canFile: false,
      });
    change.done(text, detail);
    onReload();
  };
  const decision: AppealedDecisionView | null = data?.appealable ?? data?.appeals.at(-1)?.decision ?? null;

  return (
    <section className="panel" aria-labelledby="appeal-title">
      <h2 id="appeal-title">{t('appeals.title')}</h2>
      <OutcomeNotice outcome={change.outcome} />
      {appeals.error && <FailureNotice failure={appeals.error} onRetry={appeals.reload} />}
      {decision && (
        <p>
          {t('appeals.decision', {
            outcome: decision.outcome ? t(`procedure.outcomes.${decision.outcome}`) : '—',
            issued: decision.issuedOn ? formatDate(decision.issuedOn) : '—',
            notified: decision.notifiedOn ? formatDate(decision.notifiedOn) : '—',
          })}
        </p>
      )}
      {data?.remedy && (
        <p>{t('appeals.remedy', { name: data.remedy.name[language], legalBasis: data.remedy.legalBasis })}</p>
      )}
      {data?.appealable && (
        <p className="muted">
          {window?.dueDate
            ? t('appeals.window.due', { date: formatDate(window.dueDate) })
            : window
              ? t('appeals.window.suspended')
              : t('appeals.window.unknown')}
        </p>
      )}
      {data?.appealable && data.appeals.length === 0 && <p className="muted">{t('appeals.noneYet')}</p>}
      {data?.appealable && data.appeals.length > 0 && data.appeals.every((a) => a.status === 'withdrawn') && (
        <p className="muted">{t('appeals.againAfterWithdrawal')}</p>
      )}
      {data?.appeals.map((appeal) => (
        <div key={appeal.id}>
          <AppealRecord appeal={appeal} />
          {appeal.canDecide && (
            <DecideAppealForm
              appeal={appeal}
              caseVersion={detail.version}
              outcomes={data.outcomes}
              onConflict={() => change.conflicted(t('appeals.decide.conflict'))}
              onDecided={(result: AppealStepResult) =>
                saved(
                  t('appeals.decide.done', {
                    outcome: result.appeal.outcome ? t(`procedure.outcomes.${result.appeal.outcome}`) : '',
                  }),
                  result.appeal,
                )
              }
            />
          )}
          {appeal.canWithdraw && (
            <WithdrawAppealForm
              appeal={appeal}
              caseVersion={detail.version}
              onConflict={() => change.conflicted(t('appeals.withdraw.conflict'))}
              onWithdrawn={(result) => saved(t('appeals.withdraw.done'), result.appeal)}
            />
          )}
        </div>
      ))}
      {data?.canFile && (
        <FileAppealForm
          caseId={detail.id}
          caseVersion={detail.version}
          window={window}
          onConflict={() => change.conflicted(t('appeals.file.conflict'))}
          onFiled={(result) =>
            saved(
              t('appeals.file.done', { timeliness: t(`appeals.timeliness.${result.appeal.timeliness}`) }),
              result.appeal,
            )
          }
        />
      )}
    </section>
  );
}
