import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentCategories, type AttachmentView } from '@refugio/contract';
import { uploadAttachment } from '../api/attachments';
import { Field } from '../ui/Field';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { formatFileSize } from './fileSize';

interface UploadAttachmentFormProps {
  caseId: string;
  maxBytes: number;
  onUploaded: (attachment: AttachmentView) => void;
}

const fileCodes = ['empty', 'too_large', 'type_not_allowed', 'type_mismatch'] as const;

/** Adds a document to the case: the file, its kind and a description; shows how much has been sent. */
export function UploadAttachmentForm({ caseId, maxBytes, onUploaded }: UploadAttachmentFormProps) {
  const { t, i18n } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field, reset } = useFormValues(() => ({ category: '', description: '' }), {
    idPrefix: 'attachment-upload',
    error,
  });
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const size = formatFileSize(t, maxBytes, i18n.language);

  // The server's refusal of the file itself, in the officer's language.
  const fileCode = failure?.fields.find((f) => f.path === 'file')?.code;
  const fileError = error('file')
    ? fileCodes.includes(fileCode as (typeof fileCodes)[number])
      ? t(`attachments.refusals.${fileCode as (typeof fileCodes)[number]}`, { size })
      : t('attachments.refusals.required')
    : failure?.code === 'payload_too_large'
      ? t('attachments.refusals.too_large', { size })
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const issues = [];
    if (!file) issues.push({ path: ['file'], code: 'required', message: 'Choose a file' });
    else if (file.size > maxBytes) issues.push({ path: ['file'], code: 'too_large', message: 'Too large' });
    else if (file.size === 0) issues.push({ path: ['file'], code: 'empty', message: 'Empty' });
    if (!values.category) issues.push({ path: ['category'], code: 'required', message: 'Choose the kind' });
    if (issues.length > 0 || !file) return refuse(issues);
    setProgress(0);
    send(
      uploadAttachment(
        caseId,
        file,
        {
          category: values.category as (typeof attachmentCategories)[number],
          description: values.description,
        },
        setProgress,
      ),
      (attachment) => {
        reset();
        setFile(null);
        if (input.current) input.current.value = '';
        onUploaded(attachment);
      },
    );
  };

  // Before sending, the form's own check uses the same codes as the server.
  const localFileError =
    !failure && error('file')
      ? file === null
        ? t('attachments.refusals.required')
        : file.size === 0
          ? t('attachments.refusals.empty')
          : t('attachments.refusals.too_large', { size })
      : undefined;

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3 className="panel__subheading">{t('attachments.upload.title')}</h3>
      {!fileError && !localFileError && <FormFailure failure={failure} />}
      <Field
        id="attachment-upload-file"
        label={t('attachments.upload.file')}
        hint={t('attachments.upload.fileHint', { size })}
        error={localFileError ?? fileError}
        required
      >
        {(control) => (
          <input
            {...control}
            ref={input}
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,.webp,.tif,.tiff,.docx,.xlsx,.odt,.ods"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <SelectField
        {...field('category')}
        label={t('attachments.upload.category')}
        placeholder={t('attachments.upload.chooseCategory')}
        options={attachmentCategories.map((c) => ({ value: c, label: t(`attachments.categories.${c}`) }))}
        error={error('category') ? t('attachments.refusals.category') : undefined}
        required
      />
      <TextAreaField
        {...field('description')}
        label={t('attachments.upload.description')}
        rows={2}
        maxLength={2000}
      />
      {saving && (
        <div role="status" className="upload-progress">
          <progress
            max={1}
            value={progress}
            aria-label={t('attachments.upload.progress', { percent: Math.round(progress * 100) })}
          />
          <span>{t('attachments.upload.progress', { percent: Math.round(progress * 100) })}</span>
        </div>
      )}
      <FormButtons label={t('attachments.upload.submit')} saving={saving} />
    </form>
  );
}
