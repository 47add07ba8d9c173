/**
 * "Show this field": the Problems list asks, the code pane (an imperative Monaco editor) answers
 * by revealing the field's line. A command, not state, so it lives outside the store.
 */
type Listener = (path: readonly string[]) => void;
const listeners = new Set<Listener>();

export function onRevealField(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Focuses the field's control (or its section when the field is hidden) and reveals its line in the code pane. */
export function revealField(path: readonly string[]): void {
  const id = path.join('.');
  const control = document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(id)}"]`);
  const target = control ?? document.querySelector<HTMLElement>(`[data-testid="section.${CSS.escape(path[0] ?? '')}"]`);
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
  for (const l of listeners) l(path);
}
