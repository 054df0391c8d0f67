import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@refugio/contract';
import { Notice } from '../ui/Notice';
import { ProcedureActionForm } from './ProcedureActionForm';

interface ProcedureActionsProps {
  detail: CaseDetail;
  /** Shows the case the server answered after a step. */
  onReplace: (detail: CaseDetail) => void;
  onReload: () => void;
}

/**
 * Where the case stands in the procedure and the steps this officer may take now: exactly the ones
 * the server offers, never guessed from the role on this side.
 */
export function ProcedureActions({ detail, onReplace, onReload }: ProcedureActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const chosen = detail.procedureActions.find((a) => a.action === open);
  return (
    <div className="procedure">
      {notice && (
        <Notice tone={notice.tone}>
          <p>{notice.text}</p>
        </Notice>
      )}
      <p>
        {t('procedure.stage')}: <strong>{t(`procedure.stages.${detail.stage}`)}</strong>
        {detail.outcome && ` · ${t(`procedure.outcomes.${detail.outcome}`)}`}
      </p>
      {detail.procedureActions.length === 0 ? (
        <p>{t('procedure.noActions')}</p>
      ) : (
        <div className="procedure__buttons" role="group" aria-label={t('procedure.available')}>
          {detail.procedureActions.map((a) => (
            <button
              key={a.action}
              type="button"
              className={`button ${open === a.action ? 'button--primary' : 'button--secondary'}`}
              aria-expanded={open === a.action}
              onClick={() => {
                setNotice(null);
                setOpen(open === a.action ? null : a.action);
              }}
            >
              {t(`procedure.actions.${a.action}`)}
            </button>
          ))}
        </div>
      )}
      {chosen && (
        <ProcedureActionForm
          key={chosen.action}
          caseId={detail.id}
          version={detail.version}
          action={chosen}
          onCancel={() => setOpen(null)}
          onConflict={() => {
            setNotice({ tone: 'error', text: t('procedure.conflict') });
            onReload();
          }}
          onDone={(updated) => {
            setOpen(null);
            setNotice({
              tone: 'success',
              text: t('procedure.done', { action: t(`procedure.actions.${chosen.action}`) }),
            });
            onReplace(updated);
          }}
        />
      )}
    </div>
  );
}
