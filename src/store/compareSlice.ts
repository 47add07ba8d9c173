import type { DialectId, PyDict } from '../core/index.ts';

/** At most this many schedules are compared at once. */
export const maxPins = 4;

/**
 * A schedule pinned for comparison: its source data as it was when pinned (the config and the
 * Python text it exported then), not curves, which are derived.
 */
export interface Pin {
  id: string;
  label: string;
  /** MMDetection 2.x (MMCV 1.x hooks) or 3.x (MMEngine param_scheduler). */
  style: DialectId;
  config: PyDict;
  pythonText: string;
}

/** A pin to add; without an id one is made up (`pin-N`). */
export type PinInput = Omit<Pin, 'id'> & { id?: string };

export interface CompareSlice {
  /** Oldest first. */
  pins: Pin[];
  /** The label of the pin the last pinning pushed out (the fifth replaces the oldest), for a message. */
  pinReplaced: string | null;
}

export interface CompareActions {
  /**
   * Pins a schedule; the same id again replaces that pin in place; a fifth replaces the oldest.
   * A label already shown gets a number (`my_config (2)`).
   */
  schedulePinned: (pin: PinInput) => void;
  pinRemoved: (id: string) => void;
  pinsCleared: () => void;
  pinReplacedDismissed: () => void;
  /** The pins kept from the last visit (see persistence/keptHistory.ts). */
  pinsRestored: (pins: readonly Pin[]) => void;
}

export function initialCompareSlice(): CompareSlice {
  return { pins: [], pinReplaced: null };
}

// Typed on this slice alone, so the studio store and a test store with only this slice both fit.
type Set = (partial: Partial<CompareSlice>) => void;
type Get = () => CompareSlice;

function newPinId(pins: readonly Pin[]): string {
  let n = pins.length + 1;
  while (pins.some((p) => p.id === `pin-${n}`)) n++;
  return `pin-${n}`;
}

// Two pins of the same config stay apart in the legend and the diff selects.
function uniqueLabel(label: string, pins: readonly Pin[]): string {
  if (!pins.some((p) => p.label === label)) return label;
  let n = 2;
  while (pins.some((p) => p.label === `${label} (${n})`)) n++;
  return `${label} (${n})`;
}

export function createCompareActions(set: Set, get: Get): CompareActions {
  return {
    schedulePinned: (input) => {
      const { pins } = get();
      const same = input.id === undefined ? -1 : pins.findIndex((p) => p.id === input.id);
      if (same >= 0) {
        const others = pins.filter((_, i) => i !== same);
        const pin: Pin = { ...input, id: pins[same]?.id ?? newPinId(pins), label: uniqueLabel(input.label, others) };
        set({ pins: pins.map((p, i) => (i === same ? pin : p)), pinReplaced: null });
        return;
      }
      const full = pins.length >= maxPins;
      const kept = full ? pins.slice(pins.length - maxPins + 1) : pins;
      const pin: Pin = { ...input, id: input.id ?? newPinId(kept), label: uniqueLabel(input.label, kept) };
      set({ pins: [...kept, pin], pinReplaced: full ? (pins[0]?.label ?? null) : null });
    },
    pinRemoved: (id) => {
      const { pins } = get();
      if (pins.some((p) => p.id === id)) set({ pins: pins.filter((p) => p.id !== id), pinReplaced: null });
    },
    pinsCleared: () => set({ pins: [], pinReplaced: null }),
    pinReplacedDismissed: () => set({ pinReplaced: null }),
    pinsRestored: (pins) => set({ pins: pins.slice(-maxPins), pinReplaced: null }),
  };
}
