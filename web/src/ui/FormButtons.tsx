import { useTranslation } from 'react-i18next';

export interface SubmitButtonProps {
  /** What the button does; while saving it says so instead. */
  label: string;
  saving: boolean;
  /** Disabled for a reason of the form's own (saving disables it anyway). */
  disabled?: boolean;
}

export function SubmitButton({ label, saving, disabled }: SubmitButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button--primary" disabled={saving || disabled}>
      {saving ? t('app.saving') : label}
    </button>
  );
}

/** A form's submit button and, when the form can be closed, its cancel button. */
export function FormButtons({ onCancel, ...submit }: SubmitButtonProps & { onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-buttons">
      <SubmitButton {...submit} />
      {onCancel && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onCancel}
          disabled={submit.saving}
        >
          {t('app.cancel')}
        </button>
      )}
    </div>
  );
}
