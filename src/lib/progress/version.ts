/**
 * The version of the stored progress shape. Raise it by one for every change
 * to `ProgressState`, and add a migration from the previous version in
 * `migrations.ts` (with a test in `tests/unit/progress/migrations.test.ts`).
 */
export const CURRENT_VERSION = 3;
