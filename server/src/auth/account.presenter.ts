import type { AdminUserView, SessionView, SignInAttemptView } from '@refugio/contract';
import type { Role } from '@refugio/contract';
import type { SignInMethod, SignInOutcome } from './account.tables';

export function presentSignInAttempt(row: {
  id: string;
  occurred_at: Date;
  outcome: SignInOutcome;
  client_address: string;
  user_agent: string;
  method: SignInMethod;
}): SignInAttemptView {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    outcome: row.outcome,
    clientAddress: row.client_address,
    userAgent: row.user_agent,
    method: row.method,
  };
}

/** A session as its owner sees it: never the token or its hash, only the public id. */
export function presentSession(
  row: {
    id: string;
    public_id: string;
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
    client_address: string;
    user_agent: string;
  },
  currentId: string,
): SessionView {
  return {
    id: row.public_id,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    clientAddress: row.client_address,
    userAgent: row.user_agent,
    current: row.id === currentId,
  };
}

export function presentAdminUser(
  row: {
    id: string;
    name: string;
    email: string;
    role: Role;
    active: boolean;
    office_code: string | null;
    mfa_confirmed_at: Date | null;
    last_sign_in_at: Date | string | null;
    active_sessions: string | number | null;
  },
  lockedUntil: Date | null,
): AdminUserView {
  const last = row.last_sign_in_at === null ? null : new Date(row.last_sign_in_at).toISOString();
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    office: row.office_code,
    active: row.active,
    mfaEnabled: row.mfa_confirmed_at !== null,
    lockedUntil: lockedUntil?.toISOString() ?? null,
    lastSignInAt: last,
    activeSessions: Number(row.active_sessions ?? 0),
  };
}
