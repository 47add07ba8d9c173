/**
 * Reading config files from disk for the CLI. Python's `open(path).read()` fails on a directory,
 * a file it may not read, and on bytes that are not UTF-8; `ast.parse` refuses a NUL byte. The
 * CLI says which of these it met, once, instead of "not found" or a parse error per garbage line.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ConfigFs } from '../core/entries/loader.ts';

/** Why a path gives no config text, located in the file where that makes sense. */
export interface UnreadableFile {
  problem: string;
  line: number;
  column: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text, or what is wrong with the path. Never throws and never blocks on a FIFO. */
export function readConfigText(path: string): { text: string } | UnreadableFile {
  let isFile: boolean;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return unlocated('is a directory, not a config file');
    isFile = st.isFile();
  } catch (err) {
    return unlocated(describeFsError(err));
  }
  // Devices, FIFOs and sockets: reading `/dev/zero` or a FIFO would never end.
  if (!isFile) return unlocated('is not a regular file (a device, FIFO or socket)');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return unlocated(describeFsError(err));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: 'is not a text file (it holds a NUL byte; a binary file?)', ...locateByte(bytes, nul) };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { problem: `is not UTF-8 text (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} cannot start or continue a character)`, ...locateByte(bytes, at) };
  }
}

/** The loader's view of the disk: text for a readable UTF-8 file, `undefined` for anything else. */
export const nodeFs: ConfigFs = {
  readFile(path) {
    const read = readConfigText(path);
    return 'text' in read ? read.text : undefined;
  },
};

function unlocated(problem: string): UnreadableFile {
  return { problem, line: 1, column: 1 };
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'was not found';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'ELOOP') return 'cannot be read: too many symbolic links';
  return `cannot be read (${err instanceof Error ? err.message : String(err)})`;
}

/** 1-based line and byte column of a byte offset. */
function locateByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8: the first U+FFFD a lenient decode made up. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  for (const ch of lenient) {
    const realReplacement = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (ch === '\ufffd' && !realReplacement) return offset;
    offset += Buffer.byteLength(ch);
  }
  return 0;
}
