import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'wouter';

export interface NavEntry {
  href: string;
  label: string;
  /** The page shown is this entry's (or under it). */
  active: boolean;
}

interface NavMenuProps {
  label: string;
  entries: readonly NavEntry[];
}

/**
 * A group of the header's links behind a disclosure button (the WAI-ARIA disclosure pattern, not a
 * menu role: the links stay ordinary links in the tab order). The button says whether it is open
 * (`aria-expanded`) and is marked when the page shown is one of its links. Escape closes it and gives
 * the focus back to the button; so do leaving it with the keyboard or the pointer, and following a link.
 */
export function NavMenu({ label, entries }: NavMenuProps) {
  const [open, setOpen] = useState(false);
  const [location] = useLocation();
  const [seen, setSeen] = useState(location);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const active = entries.some((e) => e.active);

  // A new page closes the menu.
  if (location !== seen) {
    setSeen(location);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div
      ref={root}
      className="nav__group"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={active ? 'nav__link nav__toggle nav__link--active' : 'nav__link nav__toggle'}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span className="nav__caret" aria-hidden="true" />
      </button>
      <ul id={listId} className="nav__menu" hidden={!open}>
        {entries.map((entry) => (
          <li key={entry.href}>
            <Link
              href={entry.href}
              className={entry.active ? 'nav__item nav__item--active' : 'nav__item'}
              aria-current={location === entry.href ? 'page' : undefined}
              onClick={() => setOpen(false)}
            >
              {entry.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
