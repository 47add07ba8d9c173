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
  if (!result.ok) return actions.noticeShown({ kind: 'error', text: result.message });
  const { source, ...payload } = result.payload;
  if (!source) return actions.configAddedAndOpened(payload);
  // The sender's files are read by the same reader as an import; a file that does not load
  // opens nothing (the link's config is not trusted over the text it came with).
  const problems = await actions.sharedFilesOpened(payload, source);
  const first = problems.find((d) => d.severity === 'error');
  if (first) actions.noticeShown({ kind: 'error', text: { en: `The file in this share link does not load (${first.line}:${first.column}: ${first.message}); nothing was opened.`, zh: `该分享链接中的文件无法加载（${first.line}:${first.column}: ${first.message}）；未打开任何内容。` } });
}
