import { useTranslation } from 'react-i18next';
import { useReference } from '../app/ReferenceContext';
import { FilingWindowRule, FilingWindowSummary } from '../cases/FilingWindowSummary';
import { Progress } from '../ui/Progress';
import type { FilingWindowState } from './useFilingWindow';

/** The live filing-window check under the dates; a polite live region so the verdict is heard. */
export function FilingWindowNotice({ filing }: { filing: FilingWindowState }) {
  const { t } = useTranslation();
  const { profile } = useReference();
  let body;
  if (!filing.ready) {
    body = (
      <>
        <p>{t('filingWindow.needsDates')}</p>
        <FilingWindowRule rule={profile.filingWindow} />
      </>
    );
  } else if (filing.failure) {
    body = <p>{t('filingWindow.failed')}</p>;
  } else if (filing.check) {
    body = <FilingWindowSummary check={filing.check} rule={profile.filingWindow} />;
  }
  return (
    <div className="filing-notice span-2" aria-live="polite">
      {filing.ready && filing.checking && <Progress label={t('filingWindow.checking')} />}
      {body}
    </div>
  );
}
