import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import { SessionProvider } from './session/SessionProvider';
import './app/app.css';
import './ui/ui.css';
import './cases/cases.css';
import './registration/registration.css';
import './deadlines/deadlines.css';
import './suspensions/suspensions.css';
import './calendar/calendar.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nextProvider>
  </StrictMode>,
);
