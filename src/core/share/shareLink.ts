import { compressToEncodedURIComponent } from 'lz-string';
import type { I18nText } from '../model/fieldSpec.ts';
import { decompressUriSafeBounded } from './boundedLz.ts';
import { defaultJsonLimits, parseGuardedJson } from './guardedJson.ts';
import { encodeWirePyValue } from './pyValueSchema.ts';
import type { SharePayload } from './sharePayload.ts';
import { linkV1Schema, linkV2Schema, shareLinkVersion } from './sharePayload.ts';
import type { ShareLinkProblem } from './shareMessages.ts';
import { describeShareLinkProblem } from './shareMessages.ts';

/** The hash prefix of a share link: `https://…/#c=<lz-string data>`. */
export const shareHashPrefix = '#c=';

// lz-string's URI alphabet spends 6 bits a character, and JSON of a config compresses well
// beyond 2:1, so any honest link for a 200 KB config is far shorter than this.
const maxLinkChars = 200_000;

/**
 * The longest link the share button hands out (32 KB of URL): chat apps, mail clients and some
 * servers cut or refuse longer URLs. Past it the user's files are left out or, when even the
 * entry file does not fit, the user is offered the file to send instead (see `makeShareLink`).
 */
export const maxShareUrlChars = 32_000;

export type MakeShareResult =
  | { ok: true; hash: string; carries: 'all-files' | 'entry-file' | 'config' }
  | { ok: false; tooLong: number };

/**
 * The link for a document within `maxChars`: with all the user's files, else only the entry
 * file (built-in bases fill in the rest on opening), else nothing (`tooLong`: the shortest
 * link's length). A document without files carries its config.
 */
export function makeShareLink(payload: SharePayload, maxChars: number = maxShareUrlChars): MakeShareResult {
  const source = payload.source;
  if (!source) {
    const hash = encodeShareLink(payload);
    return hash.length <= maxChars ? { ok: true, hash, carries: 'config' } : { ok: false, tooLong: hash.length };
  }
  const all = encodeShareLink(payload);
  if (all.length <= maxChars) return { ok: true, hash: all, carries: 'all-files' };
  const entryOnly = encodeShareLink({ ...payload, source: { entry: source.entry, files: { [source.entry]: source.files[source.entry] ?? '' } } });
  if (entryOnly.length <= maxChars) return { ok: true, hash: entryOnly, carries: 'entry-file' };
  return { ok: false, tooLong: entryOnly.length };
}

export type DecodeShareResult =
  | { ok: true; payload: SharePayload }
  | { ok: false; problem: ShareLinkProblem; message: I18nText };

/**
 * Makes the hash fragment of a share link (`#c=…`): compact JSON with a version field,
 * compressed by lz-string into URI-safe characters. Floats that JSON cannot hold
 * (inf, nan, -0.0) are written as strings so the config comes back exactly.
 */
export function encodeShareLink(payload: SharePayload): string {
  const wire = {
    v: shareLinkVersion,
    n: payload.name,
    c: encodeWirePyValue(payload.config),
    b: payload.scheduleBase,
    e: payload.exportMode,
    d: payload.dialect,
    ...(payload.source ? { s: { e: payload.source.entry, f: payload.source.files } } : {}),
  };
  return shareHashPrefix + compressToEncodedURIComponent(JSON.stringify(wire));
}

/**
 * Reads a share link's hash (with or without the leading `#`, or a whole URL). Broken,
 * truncated, oversized (> 200 KB decompressed), deeply nested (> 64 levels), `__proto__`-keyed,
 * ill-typed or unknown-version links give a bilingual message; nothing is evaluated and
 * nothing outside the returned value is touched. Never throws.
 */
export function decodeShareLink(hash: string): DecodeShareResult {
  const data = extractLinkData(hash);
  if (data === '') return fail('no-payload');
  if (data.length > maxLinkChars) return fail('link-too-long');
  const unpacked = decompressUriSafeBounded(data, defaultJsonLimits.maxChars);
  if ('refused' in unpacked) return fail(unpacked.refused === 'too-large' ? 'too-large' : 'not-compressed');
  const parsed = parseGuardedJson(unpacked.text, defaultJsonLimits);
  if (!parsed.ok) return fail(parsed.reason);
  const version = typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as { v?: unknown }).v : undefined;
  if (version !== 1 && version !== 2) return fail(typeof version === 'number' ? 'unknown-version' : 'invalid-content');
  const checked = (version === 1 ? linkV1Schema : linkV2Schema).safeParse(parsed.value);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return fail('invalid-content', first ? `${first.path.join('.') || '(root)'}: ${first.message}` : undefined);
  }
  const w = checked.data;
  const files = 's' in w && w.s ? { source: { entry: w.s.e, files: copyFiles(w.s.f) } } : {};
  return { ok: true, payload: { name: w.n, config: w.c, scheduleBase: w.b, exportMode: w.e, dialect: w.d, ...files } };
}

/** The files as a prototype-free record (a path named `__proto__` stays a plain key). */
function copyFiles(files: Record<string, string>): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(files)) out[k] = v;
  return out;
}

function extractLinkData(hash: string): string {
  const at = hash.indexOf(shareHashPrefix);
  if (at >= 0) return hash.slice(at + shareHashPrefix.length);
  return hash.startsWith('c=') ? hash.slice(2) : '';
}

function fail(problem: ShareLinkProblem, detail?: string): DecodeShareResult {
  return { ok: false, problem, message: describeShareLinkProblem(problem, detail) };
}
