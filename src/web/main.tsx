import './styles/utrecht';
import '@utrecht/design-tokens/dist/index.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/advice.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { prefetchJourneyMap } from './journeys/prefetch';
import { createQueryClient } from './queryClient';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

const queryClient = createQueryClient();
// Data a deep-linked page needs starts loading beside the session call, not after it.
prefetchJourneyMap(queryClient, window.location.pathname);

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <I18nProvider>
          <App />
        </I18nProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
