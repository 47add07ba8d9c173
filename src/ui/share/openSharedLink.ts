import type { StudioStore } from '../../store/studioStore.ts';

/**
 * Opens a config from the page's `#c=` hash as a new entry beside the user's own; a broken,
 * truncated or hostile link shows a message and changes nothing. The hash is cleared at once so
 * a reload does not open it twice; the saved configs are restored first so the shared one joins them.
 */
export async function openSharedLink(store: StudioStore, location: Location, history: History): Promise<void> {
  if (!location.hash.startsWith('#c=')) return;
  const hash = location.hash;
  history.replaceState(null, '', location.pathname + location.search);
  // zod and the decompressor load only when a link is opened.
  const { decodeShareLink } = await import('../../core/entries/shareLink.ts');
  await store.persist.rehydrate();
  const result = decodeShareLink(hash);
  const { actions } = store.getState();
  if (result.ok) actions.configAddedAndOpened(result.payload);
  else actions.noticeShown({ kind: 'error', text: result.message });
}
