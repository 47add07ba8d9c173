import type { InputFile } from '../../core/index.ts';

/** Reads picked or dropped files as text, keeping a dropped folder's relative paths. */
export async function readInputFiles(list: Iterable<File>): Promise<InputFile[]> {
  const files = [...list].filter((f) => f.name.endsWith('.py'));
  return Promise.all(files.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })));
}

/** Walks a dropped folder (webkitGetAsEntry) so `_base_/` files come along with the leaf. */
export async function readDroppedItems(items: DataTransferItemList): Promise<InputFile[]> {
  const entries = [...items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  const out: InputFile[] = [];
  const visit = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile && entry.name.endsWith('.py')) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ path: prefix + entry.name, text: await file.text() });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await visit(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const e of entries) await visit(e, '');
  return out;
}
