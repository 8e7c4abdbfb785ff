/**
 * The three phases of a trajectory and the two channels, without the schema
 * (so pages can use them without loading zod).
 */

/** The three phases of a trajectory, in their order. */
export const PHASES = ['intake', 'begeleiding', 'afsluiting'] as const;
export type Phase = (typeof PHASES)[number];

/** The Dutch name of each phase, as the pages show it. */
export const PHASE_LABELS: Record<Phase, string> = {
  intake: 'Intake',
  begeleiding: 'Begeleiding',
  afsluiting: 'Afsluiting',
};

export const CHANNELS = ['mail', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];
