/**
 * Progress that lasts: what a trainee read and wrote, kept in this browser
 * (localStorage, one key per item: see `keys.ts`).
 * Browser-safe; in Node (unit tests) the store keeps everything in memory.
 *
 * Pure helpers (types, validation, merge, export/import, status) can also be
 * imported from their own files without creating the store, which is what the
 * trainer view does so it never touches the viewer's own progress.
 */
import { progressStore } from './store.ts';

export type {
  AttemptRecord,
  ExerciseProgress,
  LastVisited,
  LessonProgress,
  ProgressExportFile,
  ProgressState,
  StorageStatus,
  TimedText,
  TrajectoryProgress,
  TrajectoryStepProgress,
} from './types.ts';
export { CURRENT_VERSION } from './version.ts';
export { exerciseOf, lessonOf, exerciseStatus, latestAttempt, summarizeProgress, trajectoryOf, stepOf, currentReply, isRevised, trajectoryPosition, type ProgressSummary } from './status.ts';
export { mergeProgress } from './merge.ts';
export { buildExport, serialiseExport, exportFileName } from './export.ts';
export { parseImportText, readImportFile, MAX_IMPORT_BYTES, type ImportResult, type ImportedFile } from './import.ts';
export { emptyProgress } from './schema.ts';
export { PROGRESS_KEY, BACKUP_PREFIX } from './storage.ts';
export { createProgressStore, PROGRESS_EVENT, type AttemptResult, type ImportMode, type ImportOutcome, type ProgressStore, type SaveResult } from './store.ts';
export { ITEM_PREFIX } from './keys.ts';

export const {
  $progress,
  $storageStatus,
  markLessonRead,
  markLessonUnread,
  saveDraft,
  recordAttempt,
  saveReflection,
  markModelAnswerSeen,
  resetExercise,
  saveStepDraft,
  sendStepReply,
  markStepModelSeen,
  saveTrajectoryReflection,
  resetTrajectory,
  setLastVisited,
  importProgress,
  clearProgress,
  dismissRecovered,
  readBackup,
} = progressStore;
