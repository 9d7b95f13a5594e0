import type { ImportFile } from '../../story/io/importers/index.ts';

const MAX_FILES = 20_000;

/** What the user picked (files, a folder through webkitdirectory) as ImportFiles with folder paths. */
export async function filesFromList(list: Iterable<File>): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const f of list) {
    if (out.length >= MAX_FILES) break;
    out.push({ path: f.webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

/** Dropped files and folders (folders are walked, in whatever browser supports entries). */
export async function filesFromDrop(data: DataTransfer): Promise<ImportFile[]> {
  const entries = [...data.items].map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() : null)).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return filesFromList(data.files);
  const out: ImportFile[] = [];
  const walk = async (entry: FileSystemEntry, path: string): Promise<void> => {
    if (out.length >= MAX_FILES || entry.name.startsWith('.')) return;
    if (entry.isFile) {
      const file = await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail));
      out.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, `${path}/${child.name}`);
    }
  };
  for (const e of entries) await walk(e, e.name);
  return out;
}
