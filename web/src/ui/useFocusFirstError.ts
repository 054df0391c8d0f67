import { useEffect, useRef } from 'react';

/**
 * After each refused submit (`attempts` goes up), moves the keyboard to the first invalid control of
 * the form, so the officer lands on what to fix and hears its error.
 */
export function useFocusFirstError(attempts: number) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempts > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);
  return form;
}
