/**
 * The single source of truth for the shape of every content file.
 * Types used anywhere else in the app are inferred from these schemas, never written by hand.
 */
import { z } from "zod";

const text = z.string().trim().min(1, "must not be empty");
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * A BCP 47 language tag such as "fr" or "de-DE". "german" is well-formed BCP 47 but names no
 * language, so the tag must also be one Intl can name.
 */
export const languageTag = z.string().refine((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && languageNames.of(tag) !== undefined;
  } catch {
    return false;
  }
}, "must be a language tag such as fr or de");

/** Frontmatter of `content/pages/<slug>.md`; the file name is the route (`index.md` is `/`). */
export const pageFrontmatterSchema = z.strictObject({
  title: text,
  description: text.max(160, "must be at most 160 characters"),
  /** Present when the page is listed in the main navigation. */
  nav: z.strictObject({ label: text, order: z.number().int().positive() }).optional(),
  /** Pages whose body is followed by generated content built from other files. */
  template: z.enum(["article", "cast-index", "pronunciation"]).default("article"),
});

/** Frontmatter of `content/cast/<file>.md`; the body is the character's place in the story. */
export const castFrontmatterSchema = z.strictObject({
  slug,
  actor: text,
  role: text,
  /** One line shown in the cast list. */
  summary: text,
  description: text.max(160, "must be at most 160 characters"),
  order: z.number().int().positive(),
  /** The language of the character's name, so it is rendered and spoken with `lang`. */
  roleLanguage: languageTag.optional(),
});

/** `content/pronunciations.json`: how to say the names, for the table and for narration. */
export const pronunciationsSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        written: text,
        /** A respelling readers can sound out, e.g. loh-BAIR-tee. */
        respelling: text,
        /** What the speech engine is given instead of the written form. */
        spoken: text,
        language: text,
        languageTag,
      }),
    )
    .min(1, "must list at least one name"),
});

/** `content/strings.json`: every word of the interface that is not part of a page. */
export const stringsSchema = z.strictObject({
  siteName: text,
  siteTagline: text,
  skipLink: text,
  mainNavigationLabel: text,
  footer: z.strictObject({
    navigationLabel: text,
    accessibilityLink: text,
    helpLink: text,
    sourceNote: text,
  }),
  castList: z.strictObject({ heading: text, playedBy: text }),
  castPage: z.strictObject({ actorLabel: text, roleLabel: text, backLink: text }),
  pronunciationTable: z.strictObject({
    caption: text,
    writtenHeader: text,
    respellingHeader: text,
    languageHeader: text,
  }),
  notFound: z.strictObject({ title: text, description: text, body: text, homeLink: text }),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type CastFrontmatter = z.infer<typeof castFrontmatterSchema>;
export type Pronunciations = z.infer<typeof pronunciationsSchema>;
export type Pronunciation = Pronunciations["entries"][number];
export type Strings = z.infer<typeof stringsSchema>;
