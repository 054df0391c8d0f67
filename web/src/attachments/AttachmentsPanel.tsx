import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentContentUrl, listAttachments } from '../api/attachments';
import { useApi } from '../api/useApi';
import type { CasePanelProps } from '../app/feature-pages';
import { FailureNotice } from '../app/FailureNotice';
import { useReference } from '../app/ReferenceContext';
import { formatDateTime } from '../i18n/dates';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { formatFileSize } from './fileSize';
import { UploadAttachmentForm } from './UploadAttachmentForm';

/** The case's documents: list with download links, and the upload form. */
export function AttachmentsPanel({ detail }: CasePanelProps) {
  const { t, i18n } = useTranslation();
  const { profile } = useReference();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const list = useApi(`attachments:${detail.id}`, (signal) => listAttachments(detail.id, signal));
  const data = list.data;

  return (
    <section className="panel" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      <p className="muted">{t('attachments.intro')}</p>
      <OutcomeNotice outcome={outcome} />
      {list.error && <FailureNotice failure={list.error} onRetry={list.reload} />}
      {data && data.attachments.length === 0 && <p>{t('attachments.empty')}</p>}
      {data && data.attachments.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('attachments.columns.category')}</th>
              <th scope="col">{t('attachments.columns.name')}</th>
              <th scope="col">{t('attachments.columns.size')}</th>
              <th scope="col">{t('attachments.columns.date')}</th>
              <th scope="col">{t('attachments.columns.uploader')}</th>
            </tr>
          </thead>
          <tbody>
            {data.attachments.map((a) => (
              <tr key={a.id}>
                <td>{t(`attachments.categories.${a.category}`)}</td>
                <td>
                  <a
                    href={attachmentContentUrl(a.id)}
                    download={a.fileName}
                    aria-label={t('attachments.download', { name: a.fileName })}
                  >
                    {a.fileName}
                  </a>
                  {a.description && <div className="muted">{a.description}</div>}
                </td>
                <td>{formatFileSize(t, a.sizeBytes, i18n.language)}</td>
                <td>{formatDateTime(a.uploadedAt, profile.timeZone).slice(0, 10)}</td>
                <td>{a.uploadedBy?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && (
        <UploadAttachmentForm
          caseId={detail.id}
          maxBytes={data.maxBytes}
          onUploaded={(attachment) => {
            setOutcome({
              tone: 'success',
              text: t('attachments.upload.done', { name: attachment.fileName }),
            });
            list.replace({ ...data, attachments: [attachment, ...data.attachments] });
          }}
        />
      )}
    </section>
  );
}
