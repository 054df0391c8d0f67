/** English texts of single sign-on (keys mirror ../es/singleSignOn.ts). */
export const singleSignOn = {
  button: 'Sign in with {{label}}',
  or: 'or with your Refugio account',
  failures: {
    off: 'Signing in with the identity provider is not turned on in this system.',
    expired:
      'The sign-in with the provider expired, or it could not be confirmed that this browser started it. Try again.',
    unavailable: 'The identity provider does not answer. Try later, or sign in with your Refugio account.',
    denied: 'The sign-in was cancelled at the identity provider.',
    failed: "The identity provider's answer could not be verified. Try again.",
    unmapped:
      'Your identity at the provider matches no Refugio account. Ask an administrator to give you access.',
    disabled: 'Your Refugio account is deactivated. Ask an administrator.',
    not_allowed:
      'Administrator accounts cannot sign in with the identity provider: use your password and verification code.',
    email_in_use: 'A Refugio account with your e-mail already exists. Ask an administrator to link it.',
  },
  stepIntro: 'You identified yourself at the provider. To finish, complete Refugio’s two-step verification.',
  admin: {
    column: 'Identity provider',
    linked: 'Linked',
    linkedBy: {
      verified_email: 'by verified e-mail',
      created_by_rule: 'created by a rule',
    },
    notLinked: 'Not linked',
    unlink: 'Unlink',
    unlinkLabel: 'Unlink {{name}} from the identity provider',
    confirm:
      'Unlink {{name}} from the identity provider? Their next sign-in with the provider applies the linking rules again. To keep them out, deactivate the account.',
    unlinked: '{{name}} is no longer linked to the identity provider.',
  },
};
