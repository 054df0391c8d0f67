export const accountSecurityPath = '/cuenta/seguridad';
export const usersPath = '/usuarios';
