/** The Exercise document: one movement, with everything a card, a counter or a player needs. */
import * as v from 'valibot';
import { DosageSchema } from './dosage-schema.js';
import { FigureSchema } from './figure-schema.js';
import { IdSchema, listOf, TextListSchema, TextSchema, UrlSchema } from './schema-primitives.js';

export const SourceSchema = v.looseObject(
  {
    title: v.pipe(TextSchema, v.description('Title of the article or book this comes from.')),
    author: v.optional(TextSchema),
    publisher: v.optional(TextSchema),
    url: v.optional(UrlSchema),
    licence: v.optional(
      v.pipe(v.string('must be text'), v.description('Licence name or SPDX id, e.g. "CC-BY-4.0".')),
    ),
  },
  'must be an object such as {"title": "…", "url": "https://…"}',
);

const ImageSchema = v.looseObject(
  {
    src: UrlSchema,
    alt: v.pipe(TextSchema, v.description('What the image shows, for readers who cannot see it.')),
    width: v.optional(
      v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1)),
    ),
    height: v.optional(
      v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1)),
    ),
    caption: v.optional(TextSchema),
  },
  'must be an object such as {"src": "bridge.jpg", "alt": "…"}',
);

const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;

const VideoSchema = v.pipe(
  v.looseObject(
    {
      src: v.optional(v.pipe(UrlSchema, v.description('A video file (MP4, WebM).'))),
      youtube: v.optional(
        v.pipe(
          v.string('must be text'),
          v.regex(VIDEO_ID, 'must be a YouTube video id such as "dQw4w9WgXcQ"'),
        ),
      ),
      vimeo: v.optional(
        v.pipe(v.string('must be text'), v.regex(/^[0-9]{1,20}$/, 'must be a Vimeo video id (digits)')),
      ),
      poster: v.optional(UrlSchema),
      title: v.optional(TextSchema),
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
    images: v.optional(listOf(ImageSchema, 20, 'must be a list of images')),
    video: v.optional(VideoSchema),
  },
  'must be an object such as {"images": [{"src": "…", "alt": "…"}]}',
);

const VariationSchema = v.looseObject(
  {
    name: TextSchema,
    summary: v.optional(TextSchema),
    ref: v.optional(v.pipe(IdSchema, v.description('The id of a full exercise for this variation.'))),
  },
  'must be an object such as {"name": "…", "summary": "…"}',
);

export const ExerciseSchema = v.looseObject(
  {
    id: IdSchema,
    name: v.pipe(TextSchema, v.description('The exercise name, shown as the heading.')),
    summary: v.optional(TextSchema),
    media: v.optional(MediaSchema),
    steps: v.optional(v.pipe(TextListSchema, v.description('Ordered instructions.'))),
    cues: v.optional(v.pipe(TextListSchema, v.description('Short coaching tips.'))),
    dosage: v.optional(DosageSchema),
    equipment: v.optional(TextListSchema),
    muscles: v.optional(v.pipe(TextListSchema, v.description('Target muscles or body areas.'))),
    category: v.optional(
      v.pipe(v.string('must be text'), v.description('e.g. mobility, strength, stretching.')),
    ),
    difficulty: v.optional(
      v.picklist(
        ['beginner', 'intermediate', 'advanced'],
        'must be "beginner", "intermediate" or "advanced"',
      ),
    ),
    safety: v.optional(v.pipe(TextListSchema, v.description('Cautions, shown set apart.'))),
    easier: v.optional(listOf(VariationSchema, 20, 'must be a list of variations')),
    harder: v.optional(listOf(VariationSchema, 20, 'must be a list of variations')),
    source: v.optional(SourceSchema),
    figure: v.optional(FigureSchema),
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
