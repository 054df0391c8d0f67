import type { Role } from '@refugio/contract';

/** Who is acting, as established by the session; every use case receives one. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  officeId: string | null;
  clientAddress: string;
}
