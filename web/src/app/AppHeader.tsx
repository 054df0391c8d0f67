import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { roles, type Role } from '@refugio/contract';
import { currentLanguage } from '../i18n/i18n';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { can, useMe, useSession } from '../session/SessionContext';
import { useReference } from './ReferenceContext';
import { paths } from './paths';
import { featurePages } from './featurePageList';
import { navGroups, type NavGroup } from './feature-pages';
import { NavMenu, type NavEntry } from './NavMenu';

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

  // Every entry this user sees, in order: the app's own pages, then the features'. Each sits on the
  // bar as a link or in one of the groups' menus.
  const entries: { href: string; label: string; group?: NavGroup }[] = [
    { href: paths.cases, label: t('cases.title') },
    ...(can(me, 'case.register') ? [{ href: paths.register, label: t('cases.register') }] : []),
    ...(can(me, 'case.read')
      ? [{ href: paths.deadlines, label: t('dashboard.nav'), group: 'deadlines' as const }]
      : []),
    ...(can(me, 'clock.suspend')
      ? [{ href: paths.suspensions, label: t('suspensions.nav'), group: 'deadlines' as const }]
      : []),
    ...(can(me, 'case.read') || can(me, 'calendar.manage')
      ? [{ href: paths.calendar, label: t('calendar.nav'), group: 'deadlines' as const }]
      : []),
    ...featurePages.flatMap(({ nav }) =>
      nav && nav.visible(me) ? [{ href: nav.href, label: t(nav.labelKey as never), group: nav.group }] : [],
    ),
  ];
  // The entry marked is the longest whose path the page is under (on /appeals/overturned, "Resoluciones
  // revocadas", not also "Recursos"); the list's stays marked on a case file, not on the registration form.
  const activeHref = entries
    .map((e) => e.href)
    .filter((href) =>
      href === paths.cases
        ? location.startsWith(paths.cases) && location !== paths.register
        : location === href || location.startsWith(`${href}/`),
    )
    .sort((a, b) => b.length - a.length)[0];
  const entry = (e: (typeof entries)[number]): NavEntry => ({ ...e, active: e.href === activeHref });

  const navLink = ({ href, label, active }: NavEntry) => (
    <Link
      key={href}
      href={href}
      className={active ? 'nav__link nav__link--active' : 'nav__link'}
      aria-current={location === href ? 'page' : undefined}
    >
      {label}
    </Link>
  );
  // A group with one entry for this user is that entry's own link: no menu to open for one page.
  const bar = [
    ...entries.filter((e) => !e.group).map((e) => navLink(entry(e))),
    ...navGroups.map((group) => {
      const members = entries.filter((e) => e.group === group).map(entry);
      if (members.length === 0) return null;
      if (members.length === 1) return navLink(members[0]!);
      return <NavMenu key={group} label={t(`app.navGroup.${group}`)} entries={members} />;
    }),
  ];

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
        {bar}
      </nav>
    </header>
  );
}
