/**
 * The link between the charts, the forms and the code pane while explaining the curve: the
 * fields of the hovered (or pinned) segment, lit in the forms and the code; and the focused
 * field, whose stretch of the curve the charts light up. Transient pointer state, so it lives
 * outside the store (like revealField): a mouse move must not run undo grouping or persistence.
 * No core import here: the forms load on the first screen, the explanation code does not.
 */
import { useSyncExternalStore, type FocusEvent } from 'react';

type Path = readonly string[];

interface LinkState {
  highlighted: readonly Path[];
  focused: Path | null;
}

let state: LinkState = { highlighted: [], focused: null };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function update(next: LinkState): void {
  state = next;
  for (const l of listeners) l();
}

const key = (paths: readonly Path[]): string => paths.map((p) => p.join('.')).join('|');

/** Whether the cited field falls under the field `row` shows (`lr_config.step[0]` under `lr_config.step`). */
export function isCitedUnder(cited: Path, row: Path): boolean {
  return row.length > 0 && row.length <= cited.length && row.every((k, i) => cited[i] === k);
}

/** The fields the explained segment cites (empty: nothing explained). */
export function highlightFields(paths: readonly Path[]): void {
  if (key(paths) !== key(state.highlighted)) update({ ...state, highlighted: paths });
}

/** The field whose input has focus, or null when focus left the forms' fields. */
export function focusField(path: Path | null): void {
  if ((path?.join('.') ?? null) !== (state.focused?.join('.') ?? null)) update({ ...state, focused: path });
}

/** For a form row: true while the explained segment cites this field or an item of it. */
export function useFieldHighlighted(path: Path): boolean {
  return useSyncExternalStore(subscribe, () => state.highlighted.some((p) => isCitedUnder(p, path)));
}

export function useFocusedField(): Path | null {
  return useSyncExternalStore(subscribe, () => state.focused);
}

/** The cited fields themselves (the same array until they change): for the code pane's decorations. */
export function useHighlightedFields(): readonly Path[] {
  return useSyncExternalStore(subscribe, () => state.highlighted);
}

/**
 * Focus and blur handlers for a field row: focus inside it names its path; leaving the row for
 * somewhere outside it clears it. Handled rows stop the event, so an enclosing row (the
 * `param_scheduler` list around one scheduler's argument) does not replace the inner path.
 */
export function fieldFocusHandlers(path: Path): { onFocus: (e: FocusEvent) => void; onBlur: (e: FocusEvent) => void } {
  return {
    onFocus: (e) => {
      e.stopPropagation();
      focusField(path);
    },
    onBlur: (e) => {
      e.stopPropagation();
      const next = e.relatedTarget;
      if (!(next instanceof Node) || !e.currentTarget.contains(next)) focusField(null);
    },
  };
}
