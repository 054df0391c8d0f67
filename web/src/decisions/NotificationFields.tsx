import { useTranslation } from 'react-i18next';
import { notificationMethods, proofKinds } from '@refugio/contract';
import { useNames } from '../i18n/useNames';
import { DateField } from '../ui/DateField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import type { FieldBinding } from '../ui/useFormValues';

type NotificationField = 'notifiedOn' | 'method' | 'explainedIn' | 'proofKind' | 'proofReference';

/**
 * What a notification records, as both the notification and its correction ask it: the date, the
 * method, the language it was explained in and the proof kept.
 */
export function NotificationFields({ field }: { field: (name: NotificationField) => FieldBinding }) {
  const { t } = useTranslation();
  const names = useNames();
  return (
    <>
      <DateField {...field('notifiedOn')} label={t('decisions.notify.date')} required />
      <SelectField
        {...field('method')}
        label={t('decisions.notify.method')}
        options={notificationMethods.map((m) => ({ value: m, label: t(`decisions.method.${m}`) }))}
        required
      />
      <SelectField
        {...field('explainedIn')}
        label={t('decisions.notify.explainedIn')}
        placeholder=""
        options={names.languageOptions}
      />
      <SelectField
        {...field('proofKind')}
        label={t('decisions.notify.proofKind')}
        options={proofKinds.map((k) => ({ value: k, label: t(`decisions.proof.${k}`) }))}
        required
      />
      <TextField
        {...field('proofReference')}
        label={t('decisions.notify.proofReference')}
        hint={t('decisions.notify.proofReferenceHint')}
        maxLength={500}
        required
      />
    </>
  );
}
