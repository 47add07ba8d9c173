import type { StateStorage } from 'zustand/middleware';
import { encodeWirePyValue } from '../../core/index.ts';
import type { Pin } from '../compareSlice.ts';
import type { StudioState, UndoableState } from '../studioStore.ts';

/**
 * Undo steps kept across a reload. Bounded: each step is a whole document, and localStorage
 * holds about 5 MB for everything.
 */
export const maxKeptUndoSteps = 50;

/** Where the undo steps and the compare pins are kept, beside the saved state (`<name>:undo`, `<name>:pins`). */
export const keptHistoryKeys = (name: string) => ({ undo: `${name}:undo`, pins: `${name}:pins` });

interface StoreLike {
  getState: () => StudioState;
  subscribe: (listener: (s: StudioState, prev: StudioState) => void) => () => void;
  temporal: { getState: () => { pastStates: Partial<UndoableState>[] }; setState: (s: { pastStates: Partial<UndoableState>[]; futureStates: Partial<UndoableState>[] }) => void };
}

/** A short fingerprint of the open document, so steps are only restored onto the state they led to. */
function fingerprint(s: UndoableState | StudioState): string {
  const text = JSON.stringify([s.name, s.scheduleBase, s.exportMode, s.dialect, s.codeDraft, encodeWirePyValue(s.config), s.source]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${h.toString(16)}`;
}

/**
 * The steps that undo the open config's own edits: the newest past states that share the
 * present library (a step that switched or added configs holds the whole library; those are
 * not kept). Oldest first, at most `maxKeptUndoSteps`.
 */
function keptSteps(store: StoreLike): UndoableState[] {
  const present = store.getState();
  const past = store.temporal.getState().pastStates as UndoableState[];
  const out: UndoableState[] = [];
  for (let i = past.length - 1; i >= 0 && out.length < maxKeptUndoSteps; i--) {
    const step = past[i];
    if (!step || step.library !== present.library) break;
    out.unshift(step);
  }
  return out;
}

function stepToWire(s: UndoableState) {
  return { name: s.name, config: encodeWirePyValue(s.config), scheduleBase: s.scheduleBase, exportMode: s.exportMode, dialect: s.dialect, ...(s.source ? { source: s.source } : {}), ...(s.codeDraft !== null ? { draft: s.codeDraft } : {}) };
}

/** Writes, and on a full storage tries half as many steps, down to none: never an error. */
function writeSteps(storage: StateStorage, key: string, head: { activeId: string; present: string }, steps: UndoableState[]): void {
  for (let n = steps.length; ; n = Math.floor(n / 2)) {
    try {
      if (n === 0) {
        storage.removeItem(key);
        return;
      }
      storage.setItem(key, JSON.stringify({ v: 1, ...head, steps: steps.slice(steps.length - n).map(stepToWire) }));
      return;
    } catch {
      if (n === 0) return;
    }
  }
}

function writePins(storage: StateStorage, key: string, pins: readonly Pin[]): void {
  try {
    if (pins.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ v: 1, pins: pins.map((p) => ({ ...p, config: encodeWirePyValue(p.config) })) }));
  } catch {
    // Pins are a convenience: a full storage keeps them for this tab only.
  }
}

/**
 * Restores the kept undo steps and pins once the saved state is in the store, then keeps them
 * up to date (shortly after each change, and when the page goes away). Steps are read with the
 * saved-config schema (the same checks as the saved library) and dropped when they do not lead
 * to the present state. Returns a function that frees the space (called when a save fails).
 */
export function keepHistory(store: StoreLike, storage: StateStorage, name: string, afterHydration: (run: () => void) => void): { release: () => void } {
  const keys = keptHistoryKeys(name);
  let restored = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    if (!restored) return;
    const s = store.getState();
    writeSteps(storage, keys.undo, { activeId: s.library.activeId, present: fingerprint(s) }, keptSteps(store));
    writePins(storage, keys.pins, s.pins);
  };
  store.subscribe(() => {
    if (timer === undefined) timer = setTimeout(save, 300);
  });
  (globalThis as { addEventListener?: (type: string, fn: () => void) => void }).addEventListener?.('pagehide', () => {
    if (timer !== undefined) clearTimeout(timer);
    save();
  });
  afterHydration(() => {
    void restore(store, storage, keys).finally(() => {
      restored = true;
    });
  });
  return {
    release: () => {
      try {
        storage.removeItem(keys.undo);
      } catch {
        // Nothing to free.
      }
    },
  };
}

async function restore(store: StoreLike, storage: StateStorage, keys: { undo: string; pins: string }): Promise<void> {
  const { readKeptSteps, readKeptPins } = await import('./readKeptHistory.ts');
  const read = (key: string) => {
    try {
      return storage.getItem(key) as string | null;
    } catch {
      return null;
    }
  };
  const s = store.getState();
  const steps = readKeptSteps(read(keys.undo), s.library.activeId, fingerprint(s));
  if (steps.length > 0 && store.temporal.getState().pastStates.length === 0) {
    store.temporal.setState({ pastStates: steps.map((d) => ({ ...d, library: s.library })), futureStates: [] });
  }
  const pins = readKeptPins(read(keys.pins));
  if (pins.length > 0 && store.getState().pins.length === 0) store.getState().actions.pinsRestored(pins);
}
