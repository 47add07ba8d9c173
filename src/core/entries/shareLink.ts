/** Share links (encode/decode), loaded when one is made or opened. */
export * from '../share/shareLink.ts';
