import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { roles, type Role } from '@refugio/contract';
import { currentLanguage } from '../i18n/i18n';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { can, useMe, useSession } from '../session/SessionContext';
import { useReference } from './ReferenceContext';
import { paths } from './paths';
import { featurePages } from './featurePageList';

const isRole = (role: string): role is Role => (roles as readonly string[]).includes(role);

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const { profile } = useReference();
  const [location] = useLocation();
  const [signingOut, setSigningOut] = useState(false);
  const language = currentLanguage(i18n);
  const { user } = me;

  // The features' entries this user sees; the one marked is the longest whose path the page is under
  // (on /appeals/overturned, "Resoluciones revocadas", not also "Recursos").
  const featureNav = featurePages.flatMap(({ nav }) => (nav && nav.visible(me) ? [nav] : []));
  const activeFeature = featureNav
    .map((nav) => nav.href)
    .filter((href) => location === href || location.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];

  // The list's tab stays marked on a case file; aria-current only on the page itself.
  const inCases = location.startsWith(paths.cases) && location !== paths.register;
  const navLink = (href: string, label: string, active: boolean) => (
    <Link
      href={href}
      className={active ? 'nav__link nav__link--active' : 'nav__link'}
      aria-current={location === href ? 'page' : undefined}
    >
      {label}
    </Link>
  );

  return (
    <header className="header">
      <div className="header__top">
        <div className="header__brand">
          <span className="header__authority">{profile.authority.name[language]}</span>
          <span className="header__product">
            {t('app.name')} · {t('app.tagline')}
          </span>
        </div>
        <div className="header__user">
          <div className="header__who">
            <span className="header__name">{user.name}</span>
            <span className="header__role">
              {isRole(user.role) ? t(`role.${user.role}`) : user.role} ·{' '}
              {user.office ? t('app.userOffice', { office: user.office.name }) : t('app.noOffice')}
            </span>
          </div>
          <LanguageToggle />
          <button
            type="button"
            className="button button--quiet"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              void signOut().finally(() => setSigningOut(false));
            }}
          >
            {t('app.signOut')}
          </button>
        </div>
      </div>
      <nav className="nav" aria-label={t('app.mainNav')}>
        {navLink(paths.cases, t('cases.title'), inCases)}
        {can(me, 'case.register') &&
          navLink(paths.register, t('cases.register'), location === paths.register)}
        {can(me, 'case.read') && navLink(paths.deadlines, t('dashboard.nav'), location === paths.deadlines)}
        {can(me, 'clock.suspend') &&
          navLink(paths.suspensions, t('suspensions.nav'), location === paths.suspensions)}
        {(can(me, 'case.read') || can(me, 'calendar.manage')) &&
          navLink(paths.calendar, t('calendar.nav'), location === paths.calendar)}
        {featureNav.map((nav) => (
          <Fragment key={nav.href}>
            {navLink(nav.href, t(nav.labelKey as never), nav.href === activeFeature)}
          </Fragment>
        ))}
      </nav>
    </header>
  );
}
