/**
 * The read marks of the table of contents, in plain DOM, kept in step with the
 * progress store: every `[data-lesson-link=slug]` of a read lesson gets
 * `data-read="true"` and a hidden " (gelezen)". Part of `page-progress-full.ts`
 * (loaded when there is progress to show), and the whole progress script of a
 * page whose island keeps its own progress (`TocReadMarks`): that island loads
 * the store at start anyway.
 */
import { $progress } from '../../lib/progress/index.ts';
import type { ProgressState } from '../../lib/progress/types.ts';

/** Marks every `[data-lesson-link=slug]` of a read lesson: `data-read="true"` and a hidden " (gelezen)". */
export function markReadLessons(read: ReadonlySet<string>, root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-lesson-link]').forEach((a) => {
    const slug = a.dataset.lessonLink ?? '';
    let sr = a.querySelector('.toc-read');
    if (read.has(slug)) {
      a.dataset.read = 'true';
      if (!sr) {
        sr = document.createElement('span');
        sr.className = 'visually-hidden toc-read';
        sr.textContent = ' (gelezen)';
        a.append(sr);
      }
    } else {
      delete a.dataset.read;
      sr?.remove();
    }
  });
}

/** The slugs of the lessons a state has marked read. */
export function readLessons(state: ProgressState): Set<string> {
  return new Set(Object.keys(state.lessons).filter((slug) => state.lessons[slug]?.readAt));
}

/** Marks the read lessons now and whenever progress changes (this tab or another). */
export function mountTocProgress(): void {
  $progress.subscribe((state) => markReadLessons(readLessons(state)));
}
