/** `![what it shows](picture.jpg "caption"){width=640 height=480}` lines: an exercise's images. */
import { clip } from '../diagnostics.js';
import { setOwn, type Draft, type ReadState } from '../state.js';
import { tokenizeLines, type LineToken } from '../tokens.js';
import { child } from './field.js';

type Image = Extract<LineToken, { kind: 'image' }>;
type ImageFields = Pick<Image, 'alt' | 'src' | 'caption' | 'width' | 'height'>;

export function imageRule(state: ReadState, token: LineToken): boolean {
  if (token.kind !== 'image') return false;
  state.openList = undefined;
  if (!state.exercise) {
    state.diagnostics.add(token.line, token.column, 'warning', 'image-outside-exercise', {
      text: clip(token.text),
    });
    return true;
  }
  state.exercise.described = true;
  pushImage(state.exercise, token, token);
  return true;
}

/** The image in "Image: ![…](…)". */
export function imageFromText(text: string): ImageFields | undefined {
  const [token] = tokenizeLines(text);
  return token?.kind === 'image' ? token : undefined;
}

export function pushImage(draft: Draft, image: ImageFields, at: { line: number; column: number }): void {
  const media = child(draft.fields, 'media');
  const images = Array.isArray(media.images) ? (media.images as unknown[]) : [];
  const entry: Record<string, unknown> = { src: image.src, alt: image.alt };
  if (image.width !== undefined) entry.width = image.width;
  if (image.height !== undefined) entry.height = image.height;
  if (image.caption !== undefined) entry.caption = image.caption;
  images.push(entry);
  setOwn(media, 'images', images);
  if (!draft.fieldPositions.has('media')) draft.fieldPositions.set('media', at);
}
