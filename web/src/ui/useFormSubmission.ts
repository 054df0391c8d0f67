import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { asFailure, type ApiFailure } from '../api/client';
import {
  issuesFromApi,
  issuesFromZod,
  translateIssue,
  type FieldErrors,
  type ZodLikeIssue,
} from '../i18n/fieldErrors';
import { useFocusFirstError } from './useFocusFirstError';

export interface FormSubmissionOptions {
  /** Someone changed the record meanwhile (409): the parent says so and reloads it; the form shows nothing. */
  onConflict?: () => void;
  /** The form's path for the path of a server field error, e.g. `data.outcome` → `outcome`. */
  fieldPath?: (path: string) => string;
}

export interface FormSubmission {
  /** The form element; after each refusal its first invalid control takes the focus. */
  form: RefObject<HTMLFormElement | null>;
  /** A request is on its way. */
  saving: boolean;
  /** The server's last refusal; `FormFailure` shows it when no field carries it. */
  failure: ApiFailure | undefined;
  /** A field's error in the officer's language, by its dotted path. */
  error: (path: string) => string | undefined;
  /** The form's own check refused it: each issue by its field, nothing sent. */
  refuse: (issues: readonly ZodLikeIssue[]) => void;
  /** Waits for `request`: its answer goes to `onSaved`, a refusal to the fields or the failure. */
  send: <T>(request: Promise<T>, onSaved: (result: T) => void) => void;
  /** Forgets the field errors, e.g. once the value they were about has changed. */
  clearErrors: () => void;
}

/** What every form that writes through the API keeps: its errors, the server's refusal, and whether it is saving. */
export function useFormSubmission({ onConflict, fieldPath }: FormSubmissionOptions = {}): FormSubmission {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);

  const refuse = (issues: readonly ZodLikeIssue[]) => {
    setFailure(undefined);
    setErrors(issuesFromZod(issues));
    setAttempts((n) => n + 1);
  };

  const send = <T>(request: Promise<T>, onSaved: (result: T) => void) => {
    setFailure(undefined);
    setErrors({});
    setSaving(true);
    request.then(
      (result) => {
        setSaving(false);
        onSaved(result);
      },
      (e: unknown) => {
        const f = asFailure(e);
        setSaving(false);
        if (f.code === 'conflict' && onConflict) return onConflict();
        setFailure(f);
        setErrors(issuesFromApi(f.fields, fieldPath));
        setAttempts((n) => n + 1);
      },
    );
  };

  return {
    form,
    saving,
    failure,
    error: (path) => (errors[path] ? translateIssue(t, errors[path]) : undefined),
    refuse,
    send,
    clearErrors: () => setErrors({}),
  };
}
