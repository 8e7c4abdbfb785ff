/**
 * LiveFeedback: the feedback state of one reply editor, shared by the exercise
 * page and the trajectory page. It loads the judge for the given criteria (the
 * client's message is analysed once), follows the text within a few frames
 * while typing, and keeps what the feedback list, the highlights and the live
 * region show. Components read its fields; pages call `input()` on every edit.
 *
 * The engine is not part of the page's start: it is imported when `load()` is
 * first called (pages call it when the trainee focuses the editor and when
 * the browser is idle) or at the first `input()`. Until then the views say
 * that no feedback is available yet, as on the server-rendered page.
 *
 *   const live = new LiveFeedback({ source, labels, text });
 *   live.load();                      // on focus or at idle
 *   live.text = '…'; live.input();   // after an edit
 *   live.views, live.summary, live.segments, live.marks, live.announcement
 *
 * `source` is what the judge needs: the client (name, message, form), the
 * coach's name and the criteria (id, hint, weight, maxWords).
 */
import { tick } from 'svelte';
import type { Judge } from '../../lib/feedback/judge.ts';
import type { JudgeInput } from '../../lib/feedback/types.ts';
import type { CriterionId } from '../../lib/feedback/ids.ts';
import {
  announcementFor,
  buildJudgeInput,
  judgedPart,
  mergeFeedback,
  spansAreProblems,
  statusesOf,
  summarize,
  type FeedbackSummary,
} from '../../lib/exercise-page/feedback.ts';
import { highlightSegments, markCount, markStyles, type Segment } from '../../lib/exercise-page/highlight.ts';
import { ANNOUNCE_MS, debounce, feedbackScheduler } from '../../lib/exercise-page/schedule.ts';
import { yieldToMain } from '../../lib/exercise-page/idle.ts';
import { countsLine } from '../../lib/exercise-page/count.ts';
import type { CriterionView, IslandExercise, Status } from '../../lib/exercise-page/types.ts';

export type FeedbackSource = Pick<IslandExercise, 'client' | 'coach' | 'criteria'>;

export interface LiveFeedbackOptions {
  source: FeedbackSource;
  /** Criterion id → Dutch label, shown until the judge is loaded. */
  labels?: Record<string, string>;
  /** The text in the editor at the start. */
  text?: string;
  /** The client's earlier messages in a trajectory, oldest first (their words count as the client's own). */
  earlierMessages?: readonly string[];
}

export class LiveFeedback {
  /** What is in the editor. */
  text = $state('');
  /** The text the feedback is about: follows `text` within a few frames (a pasted book on its first part only). */
  judged = $state('');
  /** The criterion the trainee chose to see alone in the highlights, if any. */
  selected: string | null = $state(null);
  /** The criterion under the pointer or keyboard focus: its marks are shown while it is. */
  previewed: string | null = $state(null);
  /** What the polite live region says. */
  announcement = $state('');

  /** Criterion id → its mark style (0 … 7), in the criteria's order. */
  readonly styles: Record<string, number>;

  #judge: Judge | null = $state(null);
  #loadFailed = $state(false);
  #source: FeedbackSource;
  #labels: Record<string, string>;
  #lastAnnounced: Record<string, Status> = {};
  #judgeInput: Omit<JudgeInput, 'reply'> & { criteria: readonly CriterionId[] };
  #loading: Promise<void> | null = null;

  readonly feedback = $derived.by(() => this.feedbackFor(this.judged));
  readonly views: CriterionView[] = $derived(this.feedback.views);
  readonly failed: boolean = $derived(this.feedback.failed);
  readonly summary: FeedbackSummary = $derived(summarize(this.views));
  /** Which criterion's marks the highlights show alone: the previewed one, else the selected one. */
  readonly shown: string | null = $derived(this.previewed ?? this.selected);
  readonly segments: Segment[] = $derived(segmentsOf(this.judged, this.views, this.shown));
  readonly marks: Record<string, number> = $derived(
    Object.fromEntries(this.views.map((v) => [v.id, markCount(this.judged, v.spans)])),
  );
  readonly labelById: Record<string, string> = $derived(Object.fromEntries(this.views.map((v) => [v.id, v.label])));

  #scheduleFeedback = feedbackScheduler(() => {
    this.judged = judgedPart(this.text);
  });
  #scheduleAnnounce = debounce(() => {
    const message = announcementFor(this.#lastAnnounced, this.views);
    if (message) {
      this.#lastAnnounced = statusesOf(this.views);
      this.say(message);
    }
  }, ANNOUNCE_MS);

  constructor({ source, labels = {}, text = '', earlierMessages = [] }: LiveFeedbackOptions) {
    this.#source = source;
    this.styles = markStyles(source.criteria.map((c) => c.id));
    this.#labels = labels;
    this.text = text;
    this.judged = judgedPart(text);
    this.#lastAnnounced = statusesOf(this.views);
    const { reply: _reply, ...input } = buildJudgeInput(source, '');
    this.#judgeInput = { ...input, ...(earlierMessages.length > 0 ? { earlierMessages } : {}), criteria: source.criteria.map((c) => c.id) };
  }

  /** Whether the judge is loaded (the views are verdicts, not placeholders). */
  get loaded(): boolean {
    return this.#judge !== null;
  }

  /**
   * Loads the engine and prepares the judge, once; later calls return the same
   * promise. Resolves when the feedback is there (or loading failed: `failed`).
   */
  load(): Promise<void> {
    this.#loading ??= startSegmenter()
      .then(importEngine)
      // The first load on a page prepares the judge and warms each criterion in short tasks of their own;
      // later ones (the next step of a trajectory) find the engine warm and load at once.
      .then(({ loadJudge }) => {
        const options = engineWarm ? {} : { pause: yieldToMain };
        engineWarm = true;
        return loadJudge(this.#judgeInput, options);
      })
      .then(
        (judge) => {
          this.#judge = judge;
          this.#lastAnnounced = statusesOf(this.views);
        },
        (error: unknown) => {
          console.error('Klik: de feedback kon niet worden geladen', error);
          this.#loadFailed = true;
        },
      );
    return this.#loading;
  }

  /** Pure: the engine's verdicts on a text, merged with the criteria's hints and weights. */
  feedbackFor(reply: string): { views: CriterionView[]; failed: boolean } {
    const criteria = this.#source.criteria;
    const judge = this.#judge;
    if (!judge) return { views: mergeFeedback(criteria, null, this.#labels), failed: this.#loadFailed };
    try {
      return { views: mergeFeedback(criteria, judge(reply)), failed: false };
    } catch (error) {
      console.error('Klik: feedback kon niet worden berekend', error);
      return { views: mergeFeedback(criteria, null, this.#labels), failed: true };
    }
  }

  /** Highlight segments of another text (the model answer) with its own verdicts. */
  segmentsFor(text: string, views: readonly CriterionView[]): Segment[] {
    return segmentsOf(text, views, null);
  }

  /** Call after every edit of `text`: feedback follows within a few frames, the live region after a pause. */
  input(): void {
    void this.load();
    this.#scheduleFeedback.call();
    this.#scheduleAnnounce.call();
  }

  /** Judges the text now (before saving an attempt) and returns the views; the live region stays quiet. */
  judgeNow(): CriterionView[] {
    this.#scheduleFeedback.cancel();
    this.#scheduleAnnounce.cancel();
    this.judged = judgedPart(this.text);
    const views = this.feedbackFor(this.judged).views;
    this.#lastAnnounced = statusesOf(views);
    return views;
  }

  /**
   * Before saving or sending: loads the engine if it is not there yet (so the verdicts are real) and
   * judges the text now. Null when there is nothing to save; `emptyMessage` is then spoken.
   */
  async judgeForSaving(emptyMessage: string): Promise<{ text: string; views: CriterionView[] } | null> {
    if (!this.loaded) await this.load();
    const views = this.judgeNow();
    if (this.text.trim() === '') {
      this.say(emptyMessage);
      return null;
    }
    return { text: this.text, views };
  }

  /** Puts a new text in place at once (starting over), without announcing the change. */
  reset(text: string): void {
    this.cancel();
    this.text = text;
    this.judged = judgedPart(text);
    this.selected = null;
    this.previewed = null;
    this.#lastAnnounced = statusesOf(this.feedbackFor(this.judged).views);
  }

  /** Chooses a criterion to see alone in the highlights; choosing it again shows all. */
  toggle(id: string): void {
    this.selected = this.selected === id ? null : id;
  }

  /** Speaks a message in the polite live region (re-set so the same text is read again). */
  say(message: string): void {
    this.announcement = '';
    void tick().then(() => {
      this.announcement = message;
    });
  }

  /** Drops pending work (on leaving the page). */
  cancel(): void {
    this.#scheduleFeedback.cancel();
    this.#scheduleAnnounce.cancel();
  }
}

/** Whether the engine has been warmed on this page already (its word lists are built once per page). */
let engineWarm = false;

/**
 * The browser's text segmenter is slow to create the first time (its locale data): done in a task
 * of its own (a word count does it), so that it does not add to the engine's start.
 */
async function startSegmenter(): Promise<void> {
  countsLine('Hallo');
  await yieldToMain();
}

/**
 * The engine's browser entry, its own chunk. Left out of the build-time render
 * (which never judges), where the page already holds every criterion.
 */
function importEngine(): Promise<typeof import('../../lib/feedback/load.ts')> {
  if (import.meta.env.SSR) return Promise.reject(new Error('De feedback wordt alleen in de browser berekend.'));
  return import('../../lib/feedback/load.ts');
}

function segmentsOf(text: string, views: readonly CriterionView[], shown: string | null): Segment[] {
  return highlightSegments(
    text,
    views.map((v) => ({ id: v.id, spans: v.spans, problem: spansAreProblems(v.id, v.status) })),
    shown,
  );
}
