import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { initI18n } from './ui/i18n.ts';
import { StudioStoreProvider } from './ui/storeContext.tsx';
import { createStudioStore } from './store/studioStore.ts';
import './ui/app.css';

const store = createStudioStore({ browserLanguage: navigator.language });
initI18n(store.getState().language);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StudioStoreProvider store={store}>
        <App />
      </StudioStoreProvider>
    </StrictMode>,
  );
}
