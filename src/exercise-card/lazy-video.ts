/**
 * The video facade and player (exercise-video.ts) load only for a card whose data has a video: most
 * cards have none, and their page should not download them. The card's `prepare` waits for this
 * before it validates such data, as for the dosage text parser, so the card shows its loading state and
 * then renders with its video in place: nothing moves in later. One fixed `import()`, so every bundler
 * splits it out; once it arrived, every card gets it synchronously. The server renderer and the
 * all-in-one file plug the module in up front (`useVideo`): they render in one pass.
 */
type VideoModule = typeof import('./exercise-video.js');

let video: VideoModule | undefined;
let loading: Promise<void> | undefined;

/** Plugs the module in, so no card waits for it. */
export function useVideo(module: VideoModule): void {
  video = module;
}

/** The video's renderer once loaded; `undefined` before, or if it could not load (the card shows no video). */
export function videoRenderer(): VideoModule['renderVideo'] | undefined {
  return video?.renderVideo;
}

/** Whether exercise data (not yet validated) asks for a video. A getter that throws says no. */
function hasVideo(input: unknown): boolean {
  try {
    const media = (input as { media?: { video?: unknown } } | null | undefined)?.media;
    return typeof media === 'object' && media !== null && media.video !== undefined && media.video !== null;
  } catch {
    return false;
  }
}

/**
 * For the card's `prepare`: the load to wait for when `input` has a video and the module is not here,
 * else `undefined`. Never rejects: a failed load (offline) shows the card without its video, and the
 * next card with a video tries again.
 */
export function loadVideoFor(input: unknown): Promise<void> | undefined {
  if (video || !hasVideo(input)) return undefined;
  loading ??= import('./exercise-video.js').then(useVideo, (error: unknown) => {
    loading = undefined;
    console.error('exercise-elements: could not load the video player', error);
  });
  return loading;
}
