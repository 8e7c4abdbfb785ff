/**
 * The export file: everything the trainee did, as one JSON file they can keep,
 * move to another device or give to a trainer.
 */
import { cloneJson } from './schema.ts';
import type { ProgressExportFile, ProgressState } from './types.ts';
import { CURRENT_VERSION } from './version.ts';

export const EXPORT_FORMAT = 'klik-progress';

export function buildExport(progress: ProgressState, options: { courseVersion: string; now?: string }): ProgressExportFile {
  return {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: options.now ?? new Date().toISOString(),
    courseVersion: options.courseVersion,
    progress: cloneJson({ ...progress, version: CURRENT_VERSION }),
  };
}

export function serialiseExport(file: ProgressExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `klik-voortgang-2025-11-27.json` (local date). */
export function exportFileName(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `klik-voortgang-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}
