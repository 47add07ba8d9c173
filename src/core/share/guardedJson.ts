/** Why a piece of untrusted JSON text was refused. */
export type JsonRefusal = 'too-large' | 'too-deep' | 'not-json' | 'forbidden-key';

export interface JsonLimits {
  /** Most UTF-16 code units of text accepted. */
  maxChars: number;
  /** Most nested arrays / objects accepted. */
  maxDepth: number;
}

export const defaultJsonLimits: JsonLimits = { maxChars: 200_000, maxDepth: 64 };

/**
 * Parses JSON from an untrusted source (a share link, localStorage) without surprises: the
 * text size and bracket nesting are checked before `JSON.parse` runs, and an object key
 * `__proto__` anywhere is refused, since copying it with plain assignment (as zod's record
 * and object spreads in the app do) would replace a prototype. Never throws.
 */
export function parseGuardedJson(
  text: string,
  limits: JsonLimits = defaultJsonLimits,
): { ok: true; value: unknown } | { ok: false; reason: JsonRefusal } {
  if (text.length > limits.maxChars) return { ok: false, reason: 'too-large' };
  if (measureDepth(text) > limits.maxDepth) return { ok: false, reason: 'too-deep' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return hasForbiddenKey(value) ? { ok: false, reason: 'forbidden-key' } : { ok: true, value };
}

// Deepest bracket nesting outside string literals; malformed text is left for JSON.parse.
function measureDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 /* [ */ || ch === 123 /* { */) deepest = Math.max(deepest, ++depth);
    else if (ch === 93 /* ] */ || ch === 125 /* } */) depth--;
  }
  return deepest;
}

// Iterative so a value of any depth cannot overflow the stack.
function hasForbiddenKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (key === '__proto__') return true;
      stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return false;
}
