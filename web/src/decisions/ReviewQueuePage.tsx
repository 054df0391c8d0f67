import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getReviewQueue } from '../api/decisions';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Progress } from '../ui/Progress';

/** /decisions/review: the supervisor's queue of drafts submitted for review in their office. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('decisions.queue.title'));
  const state = useApi('decision-review-queue', (signal) => getReviewQueue(signal));
  const items = state.data?.items;
  // Inside the app's one <main>: a page is a section named by its heading.
  return (
    <section className="page" aria-labelledby="review-queue-title">
      <h1 id="review-queue-title">{t('decisions.queue.title')}</h1>
      {state.error && <FailureNotice failure={state.error} onRetry={state.reload} />}
      {!items && state.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {items && items.length === 0 && <p>{t('decisions.queue.empty')}</p>}
      {items && items.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('decisions.queue.case')}</th>
              <th scope="col">{t('decisions.queue.outcome')}</th>
              <th scope="col">{t('decisions.queue.submittedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.decisionId}>
                <td>
                  <Link href={paths.case(item.caseId)}>{item.caseNumber}</Link>
                </td>
                <td>{item.outcome ? t(`decisions.outcome.${item.outcome}`) : ''}</td>
                <td>
                  {item.submittedBy?.name}
                  {!item.canReview && <div className="muted">{t('decisions.queue.own')}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
