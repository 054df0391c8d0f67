import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation, useSearch } from 'wouter';
import { CaseDetailPage } from '../cases/CaseDetailPage';
import { CaseListPage } from '../cases/CaseListPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { DeadlineDashboardPage } from '../deadlines/DeadlineDashboardPage';
import { SuspensionsPage } from '../suspensions/SuspensionsPage';
import { RegistrationPage } from '../registration/RegistrationPage';
import { SignInPage } from '../session/SignInPage';
import { useSession } from '../session/SessionContext';
import { Progress } from '../ui/Progress';
import { AppHeader } from './AppHeader';
import { NotFoundPage } from './NotFoundPage';
import { paths, safeNext } from './paths';
import { ReferenceProvider } from './ReferenceProvider';
import { featurePages } from './featurePageList';

/** Sign-in gate, then the signed-in shell with its pages. */
export function App() {
  const { t } = useTranslation();
  const { state } = useSession();
  const [location] = useLocation();
  const search = useSearch();

  if (state.status === 'checking') return <Progress label={t('app.loading')} className="progress--page" />;

  if (state.status === 'signedOut') {
    if (location === paths.signIn) return <SignInPage expired={state.expired} />;
    const next =
      location === '/' ? '' : `?next=${encodeURIComponent(location + (search ? `?${search}` : ''))}`;
    return <Redirect to={`${paths.signIn}${next}`} replace />;
  }

  if (location === paths.signIn || location === '/') {
    // Those who read no case files (auditors, statisticians) start on their first page instead.
    const me = state.me;
    const home = me.permissions.includes('case.read')
      ? paths.cases
      : (featurePages.find((page) => page.nav?.visible(me))?.nav?.href ?? paths.cases);
    return <Redirect to={safeNext(new URLSearchParams(search).get('next'), home)} replace />;
  }

  return (
    <ReferenceProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="main" tabIndex={-1}>
        <Switch>
          <Route path={paths.cases} component={CaseListPage} />
          <Route path={paths.register} component={RegistrationPage} />
          <Route path={paths.deadlines} component={DeadlineDashboardPage} />
          <Route path={paths.suspensions} component={SuspensionsPage} />
          <Route path={paths.calendar} component={CalendarPage} />
          {featurePages.map((page) => (
            <Route key={page.path} path={page.path} component={page.component} />
          ))}
          <Route path="/cases/:id">{(params) => <CaseDetailPage key={params.id} id={params.id} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </main>
    </ReferenceProvider>
  );
}
