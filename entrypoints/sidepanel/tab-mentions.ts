/**
 * The mentions of the followed tab, per frame, as the panel keeps them: a frame's whole list
 * (its answer to `findings:get`) and then its changes (`findings:diff`), each applied only on
 * the revision it follows; a change that does not follow (one missed, a reload) says so,
 * and the panel asks that frame for its whole list again.
 */
import type { SiteMode } from '../../utils/core/site-mode';
import type { FindingsDiff, FrameFindings, ReportedFinding } from '../../utils/messaging';

/** A mention as the panel lists it: with the frame that reported it. */
export type PanelMention = ReportedFinding & { frameId: number };

interface FrameList {
  run: string;
  revision: number;
  byId: Map<string, PanelMention>;
  scanning: boolean;
  mode: SiteMode | undefined;
}

/** What applying a change did: applied, ignored as older than the list, or a gap. */
export type DiffOutcome = 'applied' | 'stale' | 'gap';

/** The followed tab's mentions, by frame. */
export class TabMentions {
  readonly #frames = new Map<number, FrameList>();

  /** Forgets every frame (another tab is followed). */
  clear(): void {
    this.#frames.clear();
  }

  /** Forgets a frame that no longer answers. */
  forget(frameId: number): void {
    this.#frames.delete(frameId);
  }

  /** Takes a frame's whole list, unless the panel already holds a later revision of it. */
  setWhole(frameId: number, answer: FrameFindings): void {
    const held = this.#frames.get(frameId);
    if (held && held.run === answer.run && held.revision > answer.revision) return;
    const byId = new Map(answer.findings.map((f) => [f.id, { ...f, frameId }]));
    const { run, revision, scanning, mode } = answer;
    this.#frames.set(frameId, { run, revision, byId, scanning, mode });
  }

  /** Applies a frame's change, if it follows the revision held. */
  applyDiff(frameId: number, diff: FindingsDiff): DiffOutcome {
    let held = this.#frames.get(frameId);
    if (!held || held.run !== diff.run) {
      // A frame not heard from yet, or a new run of its script: only its first change fits.
      if (diff.from !== 0) return 'gap';
      held = { run: diff.run, revision: 0, byId: new Map(), scanning: true, mode: undefined };
      this.#frames.set(frameId, held);
    }
    if (diff.revision <= held.revision) return 'stale';
    if (diff.from !== held.revision || diff.whole) return 'gap';
    for (const id of diff.removed) held.byId.delete(id);
    for (const f of diff.added) held.byId.set(f.id, { ...f, frameId });
    held.revision = diff.revision;
    held.scanning = diff.scanning;
    held.mode = diff.mode;
    return 'applied';
  }

  /** Every mention, frame by frame, in document order. */
  list(): PanelMention[] {
    const frameIds = [...this.#frames.keys()].sort((a, b) => a - b);
    return frameIds.flatMap((frameId) =>
      [...this.#frames.get(frameId)!.byId.values()].sort(
        (a, b) => a.order - b.order || a.start - b.start,
      ),
    );
  }

  /** How the frames stand: how many are heard from, all off, any still reading. */
  status(): { frames: number; allOff: boolean; scanning: boolean } {
    const lists = [...this.#frames.values()];
    return {
      frames: lists.length,
      allOff: lists.length > 0 && lists.every((l) => l.mode === 'off'),
      scanning: lists.some((l) => l.scanning),
    };
  }
}
