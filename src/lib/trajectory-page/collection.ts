/** The trajectories for the pages (build time only). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { finalReflection, type Trajectory } from '../trajectory-files/schema.ts';
import type { IslandTrajectory } from './types.ts';

/**
 * Every trajectory, sorted by title, with its lessons named by slug (the
 * collection keeps Astro's checked references `{ id, collection }`).
 */
export async function getTrajectories(): Promise<Trajectory[]> {
  const entries: CollectionEntry<'trajectories'>[] = await getCollection('trajectories');
  return entries
    .map(({ data: { lessons, ...rest } }): Trajectory => ({ ...rest, ...(lessons ? { lessons: lessons.map((l) => l.id) } : {}) }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

/** What the page island receives: everything but the weak replies (they are for tests). */
export function islandTrajectory(t: Trajectory): IslandTrajectory {
  return {
    id: t.id,
    title: t.title,
    client: t.client,
    coach: t.coach,
    channel: t.channel,
    steps: t.steps.map(({ weakReply: _weak, ...step }) => step),
    reflection: finalReflection(t),
  };
}
