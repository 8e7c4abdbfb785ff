import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { matchesSource, type ContentSource } from './sources.ts';

/**
 * Node-only: the files of one content source, as the collection's `glob()`
 * loader finds them (`**\/*.{yaml,yml}` under the folder: every sub-folder,
 * symbolic links followed, dot-files and dot-folders skipped).
 *
 * Returns paths relative to the project root with `/` separators, shallow
 * files first and then by name, so "the first file" of a duplicate id is the
 * one nearest the top.
 */
export function listContentFiles(root: string, source: ContentSource): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (relative: string) => {
    const absolute = join(root, relative);
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return;
    }
    if (seen.has(real)) return; // a link back up the tree
    seen.add(real);
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = `${relative}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(join(root, path));
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDirectory) walk(path);
      else if (isFile && matchesSource(path, source)) found.push(path);
    }
  };
  try {
    if (!statSync(join(root, source.base)).isDirectory()) return [];
  } catch {
    return [];
  }
  walk(source.base);
  const depth = (p: string) => p.split('/').length;
  return found.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
}
