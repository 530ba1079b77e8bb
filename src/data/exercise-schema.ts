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
import { FigureSchema } from './figure-schema.js';

export const SourceSchema = v.looseObject(
  {
    title: LineTextSchema,
    author: v.optional(LineTextSchema),
    publisher: v.optional(LineTextSchema),
    url: v.optional(UrlSchema),
    licence: v.optional(plainText(D.maxLabelLength)),
  },
  'must be an object such as {"title": "…", "url": "https://…"}',
);

const ImageSchema = v.looseObject(
  {
    src: UrlSchema,
    alt: LineTextSchema,
    width: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(1),
        v.maxValue(20_000, 'must be at most 20000 pixels'),
      ),
    ),
    height: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(1),
        v.maxValue(20_000, 'must be at most 20000 pixels'),
      ),
    ),
    caption: v.optional(LineTextSchema),
  },
  'must be an object such as {"src": "bridge.jpg", "alt": "…"}',
);

const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;

const VideoSchema = v.pipe(
  v.looseObject(
    {
      src: v.optional(UrlSchema),
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
      title: v.optional(NameTextSchema),
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
    images: v.optional(listOf(ImageSchema, D.maxImages, 'must be a list of images')),
    video: v.optional(VideoSchema),
  },
  'must be an object such as {"images": [{"src": "…", "alt": "…"}]}',
);

const VariationSchema = v.looseObject(
  {
    name: NameTextSchema,
    summary: v.optional(SummaryTextSchema),
    ref: v.optional(IdSchema),
  },
  'must be an object such as {"name": "…", "summary": "…"}',
);

/**
 * Where an exercise was copied from an exercise library (free-exercise-db), with the record's own
 * words that our fields don't hold, so an editor can find the record again.
 */
const LibraryRecordSchema = v.looseObject(
  {
    name: plainText(D.maxLabelLength),
    id: v.optional(plainText(D.maxLabelLength)),
    level: v.optional(plainText(D.maxLabelLength)),
    force: v.optional(plainText(D.maxLabelLength)),
    mechanic: v.optional(plainText(D.maxLabelLength)),
    secondaryMuscles: v.optional(TextListSchema),
  },
  'must be an object such as {"name": "free-exercise-db", "id": "…"}',
);

const VariationsSchema = listOf(VariationSchema, D.maxVariations, 'must be a list of variations');

export const ExerciseSchema = v.looseObject(
  {
    id: IdSchema,
    name: NameTextSchema,
    summary: v.optional(SummaryTextSchema),
    media: v.optional(MediaSchema),
    steps: v.optional(TextListSchema),
    cues: v.optional(TextListSchema),
    dosage: v.optional(DosageSchema),
    equipment: v.optional(TextListSchema),
    muscles: v.optional(TextListSchema),
    category: v.optional(plainText(D.maxLabelLength)),
    difficulty: v.optional(
      v.picklist(
        ['beginner', 'intermediate', 'advanced'],
        'must be "beginner", "intermediate" or "advanced"',
      ),
    ),
    safety: v.optional(TextListSchema),
    easier: v.optional(VariationsSchema),
    harder: v.optional(VariationsSchema),
    source: v.optional(SourceSchema),
    library: v.optional(LibraryRecordSchema),
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
