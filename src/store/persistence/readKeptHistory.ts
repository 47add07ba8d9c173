import '../../core/share/zodJitless.ts';
import { z } from 'zod';
import { documentFromSaved, parseGuardedJson, pyDictSchema, type StudioDocument } from '../../core/index.ts';
import { maxPins, type Pin } from '../compareSlice.ts';
import { savedConfigSchema } from './savedState.ts';

// Read with zod, which the first screen does not carry: loaded with the repair module.

const limits = { maxChars: 20_000_000, maxDepth: 80 };

const keptStepsSchema = z.object({ v: z.literal(1), activeId: z.string(), present: z.string(), steps: z.array(z.unknown()).max(50) });

/**
 * The kept undo steps (oldest first) when they were written for `activeId` in the state whose
 * fingerprint is `present`; a step that fails the saved-config checks drops it and all older ones.
 */
export function readKeptSteps(raw: string | null, activeId: string, present: string): (StudioDocument & { codeDraft: string | null })[] {
  if (raw === null) return [];
  const parsed = parseGuardedJson(raw, limits);
  if (!parsed.ok) return [];
  const head = keptStepsSchema.safeParse(parsed.value);
  if (!head.success || head.data.activeId !== activeId || head.data.present !== present) return [];
  const out: (StudioDocument & { codeDraft: string | null })[] = [];
  for (let i = head.data.steps.length - 1; i >= 0; i--) {
    const step = savedConfigSchema.safeParse({ id: activeId, updatedAt: 0, ...(head.data.steps[i] as object) });
    if (!step.success) break;
    out.unshift({ ...documentFromSaved(step.data), codeDraft: step.data.draft ?? null });
  }
  return out;
}

const pinSchema = z.object({ id: z.string().max(100), label: z.string().max(500), style: z.enum(['mmcv1', 'mmengine']), config: pyDictSchema, pythonText: z.string() });
const keptPinsSchema = z.object({ v: z.literal(1), pins: z.array(pinSchema).max(maxPins) });

/** The kept compare pins, or none when what is kept does not pass the checks. */
export function readKeptPins(raw: string | null): Pin[] {
  if (raw === null) return [];
  const parsed = parseGuardedJson(raw, limits);
  if (!parsed.ok) return [];
  const checked = keptPinsSchema.safeParse(parsed.value);
  return checked.success ? checked.data.pins : [];
}
