import type { FormEvent, ReactNode } from 'react';

interface FiltersProps {
  /** The search landmark's name, where the page has more than one. */
  label?: string;
  /** A class besides `filters`. */
  className?: string;
  onSubmit?: (event: FormEvent) => void;
  /** Any filter is set: the button that clears them shows. */
  filtered: boolean;
  clearLabel: string;
  onClear: () => void;
  children: ReactNode;
}

/** A list's filters as a search landmark, ending with a button that clears them while any is set. */
export function Filters(props: FiltersProps) {
  const { label, className, onSubmit, filtered, clearLabel, onClear, children } = props;
  return (
    <form
      role="search"
      aria-label={label}
      className={['filters', className ?? ''].filter(Boolean).join(' ')}
      onSubmit={onSubmit}
    >
      {children}
      {filtered && (
        <button type="button" className="button button--quiet filters__clear" onClick={onClear}>
          {clearLabel}
        </button>
      )}
    </form>
  );
}
