/**
 * Build-time only: the course facts the progress pages pass to their islands,
 * as small serialisable props. Copes with a course without exercises; criterion
 * labels are the feedback engine's.
 */
import { getShownExercises, getShownLessons } from '../../lib/course/lessons.ts';
import { MODULES } from '../../lib/course/modules.ts';
import type { CourseExerciseInfo, CourseIdentity, CourseInfo, CourseLessonInfo, CourseTrajectoryInfo } from '../../lib/progress/types.ts';
import { getTrajectories } from '../../lib/trajectory-page/collection.ts';
import { finalReflection } from '../../lib/trajectory-files/schema.ts';
import { courseIdentity } from '../../lib/progress/export.ts';
import { course } from '../../course.config.ts';
import { CRITERION_IDS } from '../../lib/feedback/ids.ts';
import { criterionLabels as criterionLabelsOf } from '../../lib/vocabulary/criterion-labels.ts';
import { version } from '../../../package.json';
import { BEST_REPLY_KEY, BEST_REPLY_LABEL, statusCriteria } from '../../lib/best-reply/choice.ts';

/** Criterion id → Dutch label, as the feedback engine names it. */
export function criterionLabels(): Record<string, string> {
  return { ...criterionLabelsOf(CRITERION_IDS), [BEST_REPLY_KEY]: BEST_REPLY_LABEL };
}

export const courseVersion: string = version;

/** This course's identity for progress files (from `src/course.config.ts`). */
export function courseIdentityOf(): CourseIdentity {
  return courseIdentity(course);
}

export async function getCourseInfo(): Promise<CourseInfo> {
  const lessons: CourseLessonInfo[] = (await getShownLessons())
    .map((e) => ({ slug: e.id, title: e.data.title, module: e.data.module, order: e.data.order }))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const moduleOf = new Map(lessons.map((l) => [l.slug, l.module]));
  const orderOf = new Map(lessons.map((l) => [l.slug, l.order]));
  const entries = await getShownExercises();
  const exercises: CourseExerciseInfo[] = entries
    .map((e) => {
      const info: CourseExerciseInfo = { id: e.id, title: e.title, lesson: e.lesson, criteria: statusCriteria(e) };
      const module = moduleOf.get(e.lesson);
      if (module) info.module = module;
      return info;
    })
    .sort((a, b) => (orderOf.get(a.lesson) ?? 999) - (orderOf.get(b.lesson) ?? 999) || a.title.localeCompare(b.title, 'nl'));
  const trajectories: CourseTrajectoryInfo[] = (await getTrajectories()).map((t) => ({
    id: t.id,
    title: t.title,
    clientName: t.client.name,
    coachName: t.coach.name,
    channel: t.channel,
    steps: t.steps.map((s) => ({ phase: s.phase, focus: s.focus, message: s.message, criteria: s.criteria.map((c) => c.id) })),
    reflection: finalReflection(t),
  }));
  return {
    modules: MODULES.map((m) => ({ id: m.id, title: m.title })),
    lessons,
    exercises,
    trajectories,
    criterionLabels: criterionLabels(),
  };
}
