/** The Exercise document: one movement, with everything a card, a counter or a player needs. */
import * as v from 'valibot';
import { DOCUMENT_LIMITS as D } from '../core/limits.js';
import { DosageSchema } from './dosage-schema.js';
import {
  IdSchema,
  LineTextSchema,
  listOf,
  NameTextSchema,
  plainText,
  SummaryTextSchema,
  TextListSchema,
  UrlSchema,
} from './schema-primitives.js';

/** Adds the hover text editors show for a property (every property of the JSON Schemas has one). */
const described = <const T extends v.GenericSchema>(schema: T, description: string) =>
  v.pipe(schema, v.description(description));

export const SourceSchema = v.looseObject(
  {
    title: described(LineTextSchema, 'Title of the article or book this comes from.'),
    author: v.optional(described(LineTextSchema, 'Who wrote the source.')),
    publisher: v.optional(
      described(LineTextSchema, 'Who published the source: a clinic, a journal, a site.'),
    ),
    url: v.optional(described(UrlSchema, 'Where the source can be read.')),
    licence: v.optional(plainText(D.maxLabelLength, 'Licence name or SPDX id, e.g. "CC-BY-4.0".')),
  },
  'must be an object such as {"title": "…", "url": "https://…"}',
);

const ImageSchema = v.looseObject(
  {
    src: described(UrlSchema, 'The image file: an https:, http: or relative address.'),
    alt: described(LineTextSchema, 'What the image shows, for readers who cannot see it.'),
    width: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(1),
        v.maxValue(20_000, 'must be at most 20000 pixels'),
        v.description('Width of the image file in pixels, so the page reserves its space.'),
      ),
    ),
    height: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(1),
        v.maxValue(20_000, 'must be at most 20000 pixels'),
        v.description('Height of the image file in pixels, so the page reserves its space.'),
      ),
    ),
    caption: v.optional(described(LineTextSchema, 'A caption shown under the image.')),
  },
  'must be an object such as {"src": "bridge.jpg", "alt": "…"}',
);

const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;

const VideoSchema = v.pipe(
  v.looseObject(
    {
      src: v.optional(described(UrlSchema, 'A video file (MP4, WebM).')),
      youtube: v.optional(
        v.pipe(
          v.string('must be text'),
          v.regex(VIDEO_ID, 'must be a YouTube video id such as "dQw4w9WgXcQ"'),
          v.description('A YouTube video id (the part after "v=" in its address).'),
        ),
      ),
      vimeo: v.optional(
        v.pipe(
          v.string('must be text'),
          v.regex(/^[0-9]{1,20}$/, 'must be a Vimeo video id (digits)'),
          v.description('A Vimeo video id (the digits at the end of its address).'),
        ),
      ),
      poster: v.optional(described(UrlSchema, 'An image shown before the video plays.')),
      title: v.optional(described(NameTextSchema, 'The video’s title, for screen readers.')),
    },
    'must be an object such as {"youtube": "VIDEO_ID"} or {"src": "clip.mp4"}',
  ),
  v.check(
    (video) => [video.src, video.youtube, video.vimeo].filter((x) => x !== undefined).length === 1,
    'must have exactly one of "src", "youtube" or "vimeo"',
  ),
);

const MediaSchema = v.looseObject(
  {
    images: v.optional(
      described(listOf(ImageSchema, D.maxImages, 'must be a list of images'), 'Pictures of the movement.'),
    ),
    video: v.optional(
      described(VideoSchema, 'One video: a file, or a YouTube or Vimeo id (loaded only on a click).'),
    ),
  },
  'must be an object such as {"images": [{"src": "…", "alt": "…"}]}',
);

const VariationSchema = v.looseObject(
  {
    name: described(NameTextSchema, 'The name of the variation.'),
    summary: v.optional(described(SummaryTextSchema, 'How the variation differs, in a sentence or two.')),
    ref: v.optional(described(IdSchema, 'The id of a full exercise for this variation.')),
  },
  'must be an object such as {"name": "…", "summary": "…"}',
);

const variations = (description: string) =>
  v.optional(
    described(listOf(VariationSchema, D.maxVariations, 'must be a list of variations'), description),
  );

export const ExerciseSchema = v.looseObject(
  {
    id: described(IdSchema, 'The exercise’s id, used in "ref" and in src="file.json#id".'),
    name: described(NameTextSchema, 'The exercise name, shown as the heading.'),
    summary: v.optional(described(SummaryTextSchema, 'What the exercise is for, in a sentence or two.')),
    media: v.optional(described(MediaSchema, 'Images and a video of the movement.')),
    steps: v.optional(described(TextListSchema, 'Ordered instructions.')),
    cues: v.optional(described(TextListSchema, 'Short coaching tips.')),
    dosage: v.optional(DosageSchema),
    equipment: v.optional(described(TextListSchema, 'What is needed, e.g. ["mat", "chair"].')),
    muscles: v.optional(described(TextListSchema, 'Target muscles or body areas.')),
    category: v.optional(plainText(D.maxLabelLength, 'e.g. mobility, strength, stretching.')),
    difficulty: v.optional(
      v.pipe(
        v.picklist(
          ['beginner', 'intermediate', 'advanced'],
          'must be "beginner", "intermediate" or "advanced"',
        ),
        v.description('How hard the exercise is: beginner, intermediate or advanced.'),
      ),
    ),
    safety: v.optional(described(TextListSchema, 'Cautions, shown set apart.')),
    easier: variations('Easier versions, for a reader who finds this too hard.'),
    harder: variations('Harder versions, for a reader who finds this too easy.'),
    source: v.optional(described(SourceSchema, 'Where the exercise comes from, for credit.')),
  },
  'must be a JSON object with at least "id" and "name"',
);

export type ExerciseInput = v.InferInput<typeof ExerciseSchema>;
/** A validated exercise: dosage text is parsed, unknown fields are kept. */
export type Exercise = v.InferOutput<typeof ExerciseSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type ExerciseImage = v.InferOutput<typeof ImageSchema>;
export type ExerciseVideo = v.InferOutput<typeof VideoSchema>;
export type Variation = v.InferOutput<typeof VariationSchema>;
