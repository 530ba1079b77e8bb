/**
 * Spreads the first renders of many elements over several tasks. A post with a dozen widgets would
 * otherwise render all of them in the task that ran the script: one long task during which the host
 * page cannot answer a tap (what Lighthouse counts as Total Blocking Time, and the page's INP). First
 * renders share a slice of the current task; once a slice has run for `sliceMs`, the next element waits
 * for a new task. Later renders (a tick, a tap) never wait, and a lone element renders at once.
 */
export interface RenderSlicerOptions {
  /** Milliseconds of first renders one task may hold: about a frame, well under a 50 ms "long task". */
  sliceMs?: number;
  now?: () => number;
  /** Resolves in a later task, after the browser could handle input. */
  nextTask?: () => Promise<void>;
}

export interface RenderSlicer {
  /**
   * Runs `render` now when the current slice has room (and returns `undefined`), or queues it for a
   * later task (and returns a promise that settles once it has run). Queued renders run in order.
   */
  run(render: () => void): Promise<void> | undefined;
}

let channel: MessageChannel | undefined;
const queued: Array<() => void> = [];

/** A new task: `scheduler.yield()` where it exists (it keeps our place in line), else a posted message. */
function defaultNextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => queued.shift()?.();
    }
    queued.push(resolve);
    channel.port2.postMessage(null);
  });
}

export function createRenderSlicer({
  sliceMs = 16,
  now = () => performance.now(),
  nextTask = defaultNextTask,
}: RenderSlicerOptions = {}): RenderSlicer {
  /** When the open slice started; `undefined` once its task has ended. */
  let sliceStart: number | undefined;
  const queue: Array<() => void> = [];
  let draining = false;

  /** True when a render may start in this task, opening a slice if none is open. */
  const hasRoom = (): boolean => {
    if (sliceStart === undefined) {
      sliceStart = now();
      // The slice belongs to this task: close it in the next, so a later element starts a fresh one.
      void nextTask().then(() => (sliceStart = undefined));
      return true;
    }
    return now() - sliceStart < sliceMs;
  };

  /** In each later task, runs queued renders until the slice is used up. */
  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    while (queue.length > 0) {
      await nextTask();
      while (queue.length > 0 && hasRoom()) queue.shift()!();
    }
    draining = false;
  };

  return {
    run(render) {
      if (queue.length === 0 && hasRoom()) {
        render();
        return undefined;
      }
      return new Promise<void>((resolve, reject) => {
        queue.push(() => {
          try {
            render();
            resolve();
          } catch (error) {
            reject(error);
          }
        });
        void drain();
      });
    },
  };
}

/** The one slicer every element of a page shares. */
let shared: RenderSlicer | undefined;
export const inRenderSlice = (render: () => void): Promise<void> | undefined =>
  (shared ??= createRenderSlicer()).run(render);
