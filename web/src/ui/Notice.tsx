import type { ReactNode } from 'react';

export type NoticeTone = 'error' | 'warning' | 'success' | 'info';

/** A boxed message. Errors are announced at once (role=alert); the rest politely. */
export function Notice({ tone, children, id }: { tone: NoticeTone; children: ReactNode; id?: string }) {
  return (
    <div id={id} className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
