/**
 * The export file: everything the trainee did, as one JSON file they can keep,
 * move to another device or give to a trainer.
 */
import { cloneJson } from './schema.ts';
import type { CourseIdentity, ProgressExportFile, ProgressState } from './types.ts';
import { CURRENT_VERSION } from './version.ts';

export const EXPORT_FORMAT = 'klik-progress';

/**
 * Which course a progress file belongs to, from the course settings
 * (`src/course.config.ts`): its `id` when set, else a slug of its title.
 */
export function courseIdentity(config: { title: string; id?: string | undefined }): CourseIdentity {
  const fromTitle = config.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = config.id?.trim() || fromTitle || 'klik';
  return { id: id.slice(0, 100), title: config.title.trim().slice(0, 300) };
}

export function buildExport(
  progress: ProgressState,
  options: { courseVersion: string; course?: CourseIdentity; now?: string },
): ProgressExportFile {
  const file: ProgressExportFile = {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: options.now ?? new Date().toISOString(),
    courseVersion: options.courseVersion,
    progress: cloneJson({ ...progress, version: CURRENT_VERSION }),
  };
  if (options.course) file.course = { id: options.course.id, title: options.course.title };
  return file;
}

export function serialiseExport(file: ProgressExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `klik-voortgang-2025-11-27.json` (local date). */
export function exportFileName(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `klik-voortgang-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}
