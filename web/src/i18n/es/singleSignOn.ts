/** Spanish texts of single sign-on. */
export const singleSignOn = {
  /** The sign-in page's button; {{label}} is the provider's name (REFUGIO_OIDC_LABEL), e.g. Llave MX. */
  button: 'Entrar con {{label}}',
  or: 'o con su cuenta de Refugio',
  /** Why a sign-in through the provider came back without a session (?sso_error=…). */
  failures: {
    off: 'El inicio de sesión con el proveedor de identidad no está activado en este sistema.',
    expired:
      'El inicio de sesión con el proveedor caducó o no se pudo comprobar que lo inició este navegador. Vuelva a intentarlo.',
    unavailable:
      'El proveedor de identidad no responde. Inténtelo más tarde o entre con su cuenta de Refugio.',
    denied: 'El inicio de sesión se canceló en el proveedor de identidad.',
    failed: 'No se pudo verificar la respuesta del proveedor de identidad. Vuelva a intentarlo.',
    unmapped:
      'Su identidad en el proveedor no corresponde a ninguna cuenta de Refugio. Pida a un administrador que le dé acceso.',
    disabled: 'Su cuenta de Refugio está desactivada. Consulte con un administrador.',
    not_allowed:
      'Las cuentas de administración no pueden entrar con el proveedor de identidad: use su contraseña y su código de verificación.',
    email_in_use:
      'Ya existe una cuenta de Refugio con su correo electrónico. Pida a un administrador que la vincule.',
  },
  /** After the provider, Refugio's own second step (?sso_step=…). */
  stepIntro:
    'Se identificó con el proveedor. Para terminar, complete la verificación en dos pasos de Refugio.',
  admin: {
    column: 'Proveedor de identidad',
    linked: 'Vinculada',
    linkedBy: {
      verified_email: 'por correo verificado',
      created_by_rule: 'creada por regla',
    },
    notLinked: 'No vinculada',
    unlink: 'Desvincular',
    unlinkLabel: 'Desvincular a {{name}} del proveedor de identidad',
    confirm:
      '¿Desvincular a {{name}} del proveedor de identidad? Su próxima entrada con el proveedor volverá a aplicar las reglas de vinculación. Para impedir el acceso, desactive la cuenta.',
    unlinked: '{{name}} ya no está vinculada al proveedor de identidad.',
  },
};
