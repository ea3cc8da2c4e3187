/**
 * The single source of truth for the shape of every content file.
 * Types used anywhere else in the app are inferred from these schemas, never written by hand.
 */
import { z } from "zod";
import { readingSettingOptions } from "@/lib/settings/reading-settings";

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

/**
 * Whether content may link to `url`: a path on this site ("/cast", not "//host", which is
 * another site, nor "/\host", which browsers read the same way), a fragment ("#cast"), or an
 * http, https or mailto URL. Anything else, such as javascript: or data:, fails the build.
 * Browsers drop tabs and line breaks inside a URL ("java\tscript:"), so no whitespace or
 * control character is allowed anywhere.
 */
export function isAllowedLink(url: string): boolean {
  if (/[\s\p{Cc}]/u.test(url)) return false;
  return /^\/(?![/\\])|^#|^(https?|mailto):/i.test(url);
}

export const allowedLinkMessage = "must be an http, https or mailto link, or a path on this site starting with /";

/** A link in frontmatter or JSON content; a Markdown body's links are checked by the same rule. */
export const contentLink = z.string().refine(isAllowedLink, allowedLinkMessage);

/** Frontmatter of `content/pages/<slug>.md`; the file name is the route (`index.md` is `/`). */
export const pageFrontmatterSchema = z.strictObject({
  title: text,
  description: text.max(160, "must be at most 160 characters"),
  /** Present when the page is listed in the main navigation. */
  nav: z.strictObject({ label: text, order: z.number().int().positive() }).optional(),
  /** Pages whose body is followed by generated content built from other files. */
  template: z.enum(["article", "cast-index", "pronunciation", "conformance-report"]).default("article"),
});

/** Frontmatter of `content/cast/<file>.md`; the body is the character's place in the story. */
export const castFrontmatterSchema = z.strictObject({
  slug,
  actor: text,
  role: text,
  /**
   * Who the character is, as a phrase the cast list puts after the role, so the role is not said
   * twice: "plays Etienne LeBlanc, Marie-Laure's great-uncle."
   */
  summary: text.regex(/[^.]$/, "must not end with a full stop: the cast list adds one"),
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
        /**
         * A respelling readers can sound out, e.g. loh-BAIR-tee; the narration speaks it too, in
         * lower case (lib/narration/pronunciation-lexicon.ts). Left out where the fact sheet has
         * none: the guide then says so, and voices read the name as written.
         */
        respelling: text.optional(),
        language: text,
        languageTag,
      }),
    )
    .min(1, "must list at least one name"),
});

/** A message the code completes, e.g. "Text size {percent}%": it must keep its placeholder. */
const messageWith = (placeholder: string) => text.includes(placeholder, { message: `must contain ${placeholder}` });

/** One reading setting offered as radio buttons: a label for every option the setting has. */
const readingSettingChoice = (options: readonly [string, ...string[]]) =>
  z.strictObject({
    legend: text,
    /** Shown under the legend, for a choice that needs explaining. */
    hint: text.optional(),
    options: z.record(z.enum(options), text),
    /** Said in the live region when the choice changes, e.g. "Colours: Dark". */
    announcement: messageWith("{option}"),
  });

/** The narration player's words (components/narration/), including what it says in the live region. */
const narrationStrings = z.strictObject({
  heading: text,
  /** Shown until the player's script runs, and for good with JavaScript off. */
  needsJavaScript: text,
  /** No speechSynthesis or no Intl.Segmenter. */
  unsupported: text,
  noVoices: text,
  helpLink: text,
  /** Shown while the player waits for the device's voices, and said when Play starts that wait. */
  loadingVoices: text,
  play: text,
  pause: text,
  stop: text,
  /** On a phone, the disclosure that shows the controls beyond Play, Stop and the voice. */
  moreControls: text,
  /** The bar at the bottom of the screen while the player's own controls are scrolled away. */
  nowPlaying: text,
  tryAnyway: text,
  continueFrom: messageWith("{sentence}"),
  navigationLabel: text,
  previousSentence: text,
  nextSentence: text,
  previousParagraph: text,
  nextParagraph: text,
  previousHeading: text,
  nextHeading: text,
  position: messageWith("{current}").includes("{total}", { message: "must contain {total}" }),
  section: messageWith("{heading}"),
  elapsed: messageWith("{duration}"),
  remaining: messageWith("{duration}"),
  lessThanAMinute: text,
  oneMinute: text,
  minutes: messageWith("{count}"),
  settingsSummary: text,
  /** The settings' name while the recorded voice speaks: a recording's only setting is its speed. */
  speedSummary: text,
  /** Said when the speed and voice controls cannot be fetched, e.g. offline. */
  /** `{controls}` is the settings button's name: speed alone for the recording, speed and voice otherwise. */
  settingsLoadFailed: messageWith("{controls}"),
  /** Announced when a press needs the narration engine and it cannot be fetched, e.g. offline. */
  loadFailed: text,
  /** Announced when a press has waited a second for the narration engine, on a slow connection. */
  loadingPlayer: text,
  rateLabel: text,
  rateOption: messageWith("{rate}"),
  normalOption: messageWith("{option}"),
  pitchLabel: text,
  /** From lowest to highest, one per pitch the player offers (`PITCH_CHOICES`, lib/narration/voice-ranges.ts). */
  pitchOptions: z.tuple([text, text, text, text, text]),
  voiceLanguageLabel: text,
  allLanguages: text,
  voiceLanguageOption: messageWith("{language}").includes("{count}", { message: "must contain {count}" }),
  /** For voices that name no language. */
  otherLanguage: text,
  voiceLabel: text,
  /** A voice that sends the text to an online service, e.g. "{voice} (online)". */
  onlineVoice: messageWith("{voice}"),
  automaticVoice: text,
  shortcutsCheckbox: text,
  shortcutsButton: text,
  listenFromHere: text,
  /** How an image is read aloud: its text alternative in place of {alt}. */
  image: messageWith("{alt}"),
  errorMessage: text,
  /** The page's recording (public/recordings/), shown with JavaScript on or off. */
  recording: z.strictObject({
    /** The accessible name of the <audio> element. */
    audioLabel: text,
    captionsLabel: text,
    /** The MP3 link: its size and duration go in the link text. */
    download: messageWith("{size}").includes("{duration}", { message: "must contain {duration}" }),
    /** The choice between the recording and the device's own voices. */
    voiceSourceLabel: text,
    recordedVoice: text,
    deviceVoice: text,
    /** The device-voice option when the device has no voices: says why at once. */
    deviceVoiceUnavailable: text,
    /** The device-voice option when the browser has no speech synthesis at all: says why at once. */
    deviceVoiceUnsupported: text,
    positionLabel: text,
    /** The position slider's value text: the section and the time there. */
    positionValue: messageWith("{section}").includes("{time}", { message: "must contain {time}" }),
    time: messageWith("{minutes}").includes("{seconds}", { message: "must contain {seconds}" }),
    /** The recording's sentences are not the page's (the page changed since it was recorded). */
    outdated: text,
    /** Said instead of the recording on a page that has none (lib/recordings/recorded-routes.ts): why. */
    notRecorded: text,
  }),
  announcements: z.strictObject({
    playing: text,
    paused: text,
    stopped: text,
    finished: text,
    noVoices: text,
    error: text,
  }),
  shortcutsDialog: z.strictObject({
    title: text,
    description: text,
    close: text,
    /** Said when the dialog's code cannot be fetched, e.g. offline. */
    loadFailed: text,
    playerCaption: text,
    pageCaption: text,
    keysHeader: text,
    actionHeader: text,
    actions: z.strictObject({
      playPause: text,
      stop: text,
      previousSentence: text,
      nextSentence: text,
      previousParagraph: text,
      nextParagraph: text,
      previousHeading: text,
      nextHeading: text,
      help: text,
    }),
  }),
});

/** `content/strings.json`: every word of the interface that is not part of a page. */
export const stringsSchema = z.strictObject({
  siteName: text,
  siteTagline: text,
  skipLink: text,
  mainNavigationLabel: text,
  /** Link previews (Open Graph and Twitter cards): the alt text of public/images/sharing-card.png. */
  sharing: z.strictObject({ imageAlt: text }),
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
    /** In place of a respelling the fact sheet does not give. */
    noRespelling: text,
  }),
  notFound: z.strictObject({ title: text, description: text, body: text, homeLink: text }),
  narration: narrationStrings,
  conformanceReport: z.strictObject({
    testRunHeading: text,
    testedOn: messageWith("{date}"),
    commit: messageWith("{commit}"),
    uncommittedChanges: text,
    noCommit: text,
    testedWith: messageWith("{tools}"),
    noTools: text,
    summaryHeading: text,
    summaryCaption: text,
    /** A cell of the summary, e.g. "3 of 24". */
    summaryCount: messageWith("{count}").includes("{total}", { message: "must contain {total}" }),
    termHeader: text,
    levelHeading: messageWith("{level}"),
    levelCaption: messageWith("{level}"),
    criterionHeader: text,
    conformanceHeader: text,
    remarksHeader: text,
    evidenceHeader: text,
    testsPassed: messageWith("{passed}").includes("{failed}", { message: "must contain {failed}" }),
    /** For a criterion the tests check that the latest complete run did not yet count. */
    testsNotYetRun: text,
    manualRecord: messageWith("{title}").includes("{date}", { message: "must contain {date}" }),
    obsolete: text,
    evaluationsHeading: text,
    evaluationDate: messageWith("{date}"),
  }),
  /** The podcast feed at /podcast.xml: one episode per page, from its recording. */
  podcast: z.strictObject({
    title: text,
    description: text,
    /** The title of the feed's <link rel="alternate"> on every page. */
    feedLinkTitle: text,
    author: text,
    /** One of Apple Podcasts' categories (https://podcasters.apple.com/support/1691-apple-podcasts-categories). */
    category: text,
    explicit: z.boolean(),
    /** The date the episodes carry, YYYY-MM-DD. */
    published: z.iso.date(),
    /** Written on the cover image (/podcast-cover.png). */
    coverText: text,
  }),
  settings: z.strictObject({
    openButton: text,
    /** Said when the dialog's code cannot be fetched, e.g. offline. */
    loadFailed: text,
    dialogTitle: text,
    dialogDescription: text,
    closeButton: text,
    theme: readingSettingChoice(readingSettingOptions.theme),
    textSize: z.strictObject({ label: text, value: messageWith("{percent}"), announcement: messageWith("{percent}") }),
    spacing: readingSettingChoice(readingSettingOptions.spacing),
    font: readingSettingChoice(readingSettingOptions.font),
    motion: readingSettingChoice(readingSettingOptions.motion),
    linkUnderlines: readingSettingChoice(readingSettingOptions.linkUnderlines),
    resetButton: text,
    resetAnnouncement: text,
  }),
});

const criterionId = z.string().regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, "must be a WCAG success criterion number such as 1.4.3");

/** The conformance terms of an ITI VPAT / Accessibility Conformance Report. */
export const conformanceTerms = ["Supports", "Partially supports", "Does not support", "Not applicable", "Not evaluated"] as const;
const conformanceTerm = z.enum(conformanceTerms);

/** `content/wcag-criteria.json`: every WCAG 2.2 success criterion, and how the site stands against it. */
export const wcagCriteriaSchema = z.strictObject({
  criteria: z
    .array(
      z.strictObject({
        id: criterionId,
        title: text,
        level: z.enum(["A", "AA", "AAA"]),
        conformance: conformanceTerm,
        /** Why the site has that term, in words for the report page. */
        remarks: text,
        /** How the automated tests check it, for criteria the tests tag with `@wcag-<id>`. */
        tests: text.optional(),
        /** 4.1.1, which WCAG 2.2 keeps only as a number; it needs no evidence. */
        obsolete: z.literal(true).optional(),
      }),
    )
    .min(1, "must list at least one criterion"),
});

/** `content/evaluations/<date>-<what>.json`: one manual evaluation, and what it found for each criterion it checked. */
export const evaluationSchema = z.strictObject({
  /** A short name for the report, e.g. "Keyboard walk-through". */
  title: text,
  /** When the evaluation was done, YYYY-MM-DD. */
  date: z.iso.date(),
  /** What was done, e.g. "keyboard walk-through of every template in Chromium". */
  method: text,
  records: z
    .array(z.strictObject({ criterion: criterionId, result: conformanceTerm, notes: text }))
    .min(1, "must record at least one criterion"),
});

/** `content/conformance-results.json`: written by a complete green test run, never by hand. */
export const conformanceResultsSchema = z.strictObject({
  /** The date of the run, YYYY-MM-DD. */
  testedOn: z.iso.date(),
  /** The commit the run tested; missing from runs before the reporter recorded it. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/, "must be a full git commit hash")
    .optional(),
  /** Whether files other than the results differed from that commit when the run began. */
  uncommittedChanges: z.boolean().optional(),
  /** The browser, screen reader, speech engine and checkers the run used; missing from runs before the reporter recorded them. */
  testedWith: z.array(z.strictObject({ tool: text, version: text })).min(1, "must name at least one tool").optional(),
  criteria: z.record(criterionId, z.strictObject({ passed: z.number().int().min(0), failed: z.number().int().min(0) })),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type CastFrontmatter = z.infer<typeof castFrontmatterSchema>;
export type Pronunciations = z.infer<typeof pronunciationsSchema>;
export type Pronunciation = Pronunciations["entries"][number];
export type Strings = z.infer<typeof stringsSchema>;
export type WcagCriterion = z.infer<typeof wcagCriteriaSchema>["criteria"][number];
export type ConformanceResults = z.infer<typeof conformanceResultsSchema>;
export type ConformanceTerm = (typeof conformanceTerms)[number];
export type Evaluation = z.infer<typeof evaluationSchema>;
