import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { initI18n } from './ui/i18n.ts';
import { StudioStoreProvider } from './ui/storeContext.tsx';
import { createStudioStore } from './store/studioStore.ts';
import { openSharedLink } from './ui/share/openSharedLink.ts';
import { followOtherTabs } from './store/persistence/followOtherTabs.ts';
import './ui/app.css';

const store = createStudioStore({
  browserLanguage: navigator.language,
  persist: {
    onRepaired: (message) => message && store.getState().actions.noticeShown({ kind: 'info', text: message }),
    onSetAside: (raw, message) =>
      store.getState().actions.noticeShown({
        kind: 'error',
        text: message ?? { en: 'Saved data could not be read and was set aside.', zh: '无法读取已保存的数据，已另存。' },
        download: { filename: 'mmcfg-studio-saved-state.json', text: raw },
      }),
  },
});
void openSharedLink(store, window.location, window.history);
followOtherTabs(store, window);
// Leaving while saving fails would lose work: let the browser ask first.
window.addEventListener('beforeunload', (event) => {
  if (store.getState().saveFailed) event.preventDefault();
});
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
