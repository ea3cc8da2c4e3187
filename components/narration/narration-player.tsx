"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode } from "react";
import type { Strings } from "@/content/schema";
import { useAnnounce } from "@/components/layout/live-announcer";
import { useLazyComponent } from "@/components/lazy-loading/use-lazy-component";
import { estimateProgress } from "@/lib/narration/estimate-duration";
import type { NarrationStatus } from "@/lib/narration/narrator";
import type { PageNarration, PageNarrationSnapshot, PlayerCommand } from "@/lib/narration/page-narration";
import { SKIP_ATTRIBUTE } from "@/lib/narration/skip-attribute";
import { announcementFor, describeDuration, fillTemplate, playPauseAction } from "@/lib/narration/player-messages";
import type { LexiconEntry } from "@/lib/narration/pronunciation-lexicon";
import { OUTDATED_ERROR, type VoiceSource } from "@/lib/narration/narration-engine";
import type { PageRecording } from "@/lib/recordings/recordings-manifest";
import { RecordingAudio, RecordingDownload } from "./recording-audio";
import type { ActivePlayer } from "./active-narration";
import { useNarrationCapabilities } from "./use-narration-capabilities";
import { useNarrationShortcuts } from "./use-narration-shortcuts";
import { usePageNarration } from "./use-page-narration";
import { useShortcutsDialog } from "./use-shortcuts-dialog";
import "./narration.css";

type NarrationStrings = Strings["narration"];

/** Set on <html> while the playing bar is shown; narration.css keeps focus and the highlight clear of it. */
const BAR_HEIGHT_PROPERTY = "--narration-bar-height";

/**
 * Speed and voice, with the code that sorts thousands of voices, are fetched the first time a
 * listener opens or points at them, which keeps the player within its budget (`npm run bench`).
 */
function loadVoiceSettings() {
  return import("./voice-settings").then((module) => module.VoiceSettings);
}

/** Back and forward, by sentence, paragraph and heading. */
const MOVES = [
  ["previousSentence", "nextSentence"],
  ["previousParagraph", "nextParagraph"],
  ["previousHeading", "nextHeading"],
] as const satisfies readonly (readonly (PlayerCommand & keyof NarrationStrings)[])[];

export interface NarrationPlayerProps {
  readonly strings: NarrationStrings;
  readonly lexicon: readonly LexiconEntry[];
  /** Shown as the "artist" in the system's media controls. */
  readonly siteName: string;
  /** The page's recording, or null where none was built. */
  readonly recording: PageRecording | null;
  /** Why a page has no recording by design (lib/recordings/recorded-routes.ts), said in the player. */
  readonly noRecordingReason?: string;
  /** The file name the MP3 download is saved under. */
  readonly downloadName: string;
}

/**
 * "Listen to this page": reads the page aloud with the browser's speech engine, highlighting
 * each sentence and word. One per page, after the h1; a new page (client navigation) gets a
 * fresh player, which stops the old page's speech as it goes.
 */
export function NarrationPlayer(props: NarrationPlayerProps) {
  const pathname = usePathname();
  return <PagePlayer key={pathname} path={pathname} {...props} />;
}

function useStatusAnnouncements(status: NarrationStatus | undefined, strings: NarrationStrings) {
  const announce = useAnnounce();
  const previous = useRef<NarrationStatus>("idle");
  useEffect(() => {
    if (status === undefined) return;
    const message = announcementFor(previous.current, status);
    previous.current = status;
    // Waiting for voices is said in the words the progress line shows for it.
    if (message) announce(message === "loadingVoices" ? strings.loadingVoices : strings.announcements[message]);
  }, [status, strings, announce]);
}

function PagePlayer({ path, strings, lexicon, siteName, recording, noRecordingReason, downloadName }: NarrationPlayerProps & { path: string }) {
  const regionRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const capabilities = useNarrationCapabilities();
  const canSpeak = capabilities?.canSpeak ?? false;
  // Without speech synthesis, a page's recording can still be played.
  const isSupported = capabilities !== null && capabilities.canSegment && (canSpeak || recording !== null);
  const announce = useAnnounce();
  const { narration, snapshot, voiceSource, savedVoiceSource, resumeIndex, shortcutsEnabled, withNarration, chooseVoiceSource, setShortcutsEnabled } = usePageNarration({
    regionRef,
    path,
    isSupported,
    canSpeak,
    canHighlight: capabilities?.canHighlight ?? false,
    lexicon,
    imageTemplate: strings.image,
    artist: siteName,
    recording,
    onSlowLoad: () => announce(strings.loadingPlayer),
    onLoadFailed: () => announce(strings.loadFailed),
  });
  const help = useShortcutsDialog(strings.shortcutsDialog);
  const perform = (command: PlayerCommand) => withNarration((ready) => ready.perform(command), command === "playPause" || command === "play");
  useNarrationShortcuts(regionRef, {
    isEnabled: isSupported && shortcutsEnabled,
    onAction: (action) => (action === "help" ? help.open() : perform(action)),
  });
  useStatusAnnouncements(snapshot?.narration.status, strings);

  const deviceVoiceProblem = capabilities && !canSpeak ? "unsupported" : snapshot?.voices === "none" ? "none" : null;
  // Where the saved choice is not the server's, hydration draws a new select rather than changing
  // the server's: Chromium reports a change made before anyone looked as a new selection at the
  // next redraw nearby, and Orca then moved its focus from Play to this box.
  const voiceChoice = recording && (
    <VoiceChoice
      key={savedVoiceSource}
      voiceSource={voiceSource}
      deviceVoiceProblem={deviceVoiceProblem}
      strings={strings}
      onChange={chooseVoiceSource}
    />
  );
  // Among the other controls, where it takes no room on a phone's first screen until asked for.
  const download = recording && <RecordingDownload recording={recording} strings={strings} fileName={downloadName} />;
  let body;
  if (capabilities !== null && !isSupported) {
    body = (
      <>
        <p>
          {strings.unsupported} <Link href="/help">{strings.helpLink}</Link>
        </p>
        {download}
      </>
    );
  } else if (snapshot?.voices === "none" && snapshot.voiceSource === "device" && !isSpeaking(snapshot.narration.status)) {
    body = (
      <>
        <NoVoices narration={narration} snapshot={snapshot} strings={strings} />
        {voiceChoice}
        {download}
      </>
    );
  } else {
    // Until the browser's capabilities are known (on the server, and with JavaScript off) the
    // controls are drawn as they will be, so nothing moves when they start working; with
    // scripting off, narration.css hides them and shows why instead.
    body = (
      <div className="narration__scripted">
        <Controls
          narration={narration}
          snapshot={snapshot}
          voiceSource={voiceSource}
          resumeIndex={resumeIndex}
          strings={strings}
          perform={perform}
          withNarration={withNarration}
          voiceChoice={voiceChoice}
        >
          <div className="narration__shortcuts">
            <label className="narration__checkbox">
              <input
                type="checkbox"
                checked={shortcutsEnabled}
                onChange={(event) => setShortcutsEnabled(event.target.checked)}
              />
              <span>{strings.shortcutsCheckbox}</span>
            </label>
            <button type="button" aria-haspopup="dialog" onClick={help.open} onFocus={help.preload} onPointerEnter={help.preload}>
              {strings.shortcutsButton}
            </button>
          </div>
          {download}
        </Controls>
        {help.dialog}
      </div>
    );
  }

  return (
    // Narration leaves the player out of what it reads.
    <section ref={regionRef} className="narration" aria-labelledby={headingId} {...{ [SKIP_ATTRIBUTE]: "" }}>
      <h2 id={headingId} className="narration__heading">
        {strings.heading}
      </h2>
      {!recording && <p className="narration__needs-script">{strings.needsJavaScript}</p>}
      {body}
      {noRecordingReason && <p>{noRecordingReason}</p>}
      {recording && (
        // With JavaScript off the browser's own player plays the recording; with it on, the controls above do.
        <div className="narration__needs-script">
          <noscript>
            <RecordingAudio recording={recording} strings={strings} />
          </noscript>
          {download}
        </div>
      )}
    </section>
  );
}

/** Playing or paused; while voices load after "Try to play anyway", the no-voices message stays. */
function isSpeaking(status: NarrationStatus): boolean {
  return status === "playing" || status === "paused";
}

function NoVoices({ narration, snapshot, strings }: { narration: PageNarration | null; snapshot: PageNarrationSnapshot; strings: NarrationStrings }) {
  // Safari 15.4 listed no voices yet could speak with its default one
  // (https://github.com/jsakamoto/Toolbelt.Blazor.SpeechSynthesis/issues/10): the narrator then
  // speaks anyway on a second Play, which this button gives in one press.
  const tryAnyway = async () => {
    const narrator = narration?.narrator;
    if (!narrator) return;
    await narrator.play();
    if (narrator.getSnapshot().status === "no-voices") await narrator.play();
  };
  return (
    <>
      <p>
        {strings.noVoices} <Link href="/help">{strings.helpLink}</Link>
      </p>
      {snapshot.narration.status === "error" && <p className="narration__error">{strings.errorMessage}</p>}
      <button type="button" onClick={() => void tryAnyway()}>
        {strings.tryAnyway}
      </button>
    </>
  );
}

function Controls({
  narration,
  snapshot,
  voiceSource,
  resumeIndex,
  strings,
  perform,
  withNarration,
  voiceChoice,
  children,
}: {
  narration: PageNarration | null;
  snapshot: PageNarrationSnapshot | null;
  /** Known before the narration is set up, so the settings are named for the voice from the first render. */
  voiceSource: VoiceSource;
  /** The saved sentence to offer to continue from, until the listener starts playing. */
  resumeIndex: number | undefined;
  strings: NarrationStrings;
  perform: (command: PlayerCommand) => void;
  withNarration: ActivePlayer["withNarration"];
  /** "Listen with", where the page has a recording. */
  voiceChoice: ReactNode;
  /** The keyboard shortcut controls and the download, last among the other controls. */
  children: ReactNode;
}) {
  const [isSettingsOpen, setIsSettingsOpen] = useState(false);
  const [isMoreOpen, setIsMoreOpen] = useState(false);
  const settingsPanelId = useId();
  const morePanelId = useId();
  // With the recording only its speed can change, and the button and its failure say so.
  const settingsName = voiceSource === "recorded" ? strings.speedSummary : strings.settingsSummary;
  const { Component: VoiceSettings, preload: preloadSettings, show: showSettings } = useLazyComponent(
    loadVoiceSettings,
    fillTemplate(strings.settingsLoadFailed, { controls: settingsName }),
  );
  const toggleSettings = (isOpen: boolean) => {
    setIsSettingsOpen(isOpen);
    if (!isOpen) return;
    if (!VoiceSettings) showSettings();
    // The settings act on the narration, which may not have loaded yet.
    withNarration(() => {}, false);
  };
  const status = snapshot?.narration.status ?? "idle";

  return (
    <>
      {resumeIndex !== undefined && (
        <p className="narration__resume">
          <button type="button" onClick={() => withNarration((ready) => ready.playFrom(resumeIndex), true)}>
            {fillTemplate(strings.continueFrom, { sentence: resumeIndex + 1 })}
          </button>
        </p>
      )}
      <div className="narration__compact">
        <PlayingBar narration={narration} snapshot={snapshot} label={strings.nowPlaying}>
          <button type="button" className="narration__play" onClick={() => perform("playPause")}>
            {strings[playPauseAction(status)]}
          </button>
          <button type="button" onClick={() => perform("stop")}>
            {strings.stop}
          </button>
        </PlayingBar>
        {/* On a phone the player is a compact bar, and this discloses the rest (narration.css); wider, it is not drawn and the rest is shown. */}
        <DisclosureButton className="narration__more-toggle" isOpen={isMoreOpen} controls={morePanelId} setIsOpen={setIsMoreOpen}>
          {strings.moreControls}
        </DisclosureButton>
      </div>
      {voiceChoice}
      <div id={morePanelId} className="narration__more" data-open={isMoreOpen ? "" : undefined}>
        <div role="group" aria-label={strings.navigationLabel} className="narration__controls narration__moves">
          {MOVES.map((pair) => (
            <div key={pair[0]} className="narration__pair">
              {pair.map((move) => (
                <button key={move} type="button" onClick={() => perform(move)}>
                  {strings[move]}
                </button>
              ))}
            </div>
          ))}
        </div>
        {status === "error" && (
          <p className="narration__error">{snapshot?.narration.errorCode === OUTDATED_ERROR ? strings.recording.outdated : strings.errorMessage}</p>
        )}
        {/* Its room is kept (narration.css) until the page's sentences are read, so nothing below moves when they are. */}
        <div className="narration__status">
          {narration && snapshot && <PositionSlider narration={narration} snapshot={snapshot} strings={strings} />}
          {narration && snapshot && <Progress narration={narration} snapshot={snapshot} strings={strings} />}
        </div>
        <DisclosureButton isOpen={isSettingsOpen} controls={settingsPanelId} setIsOpen={toggleSettings} onFocus={preloadSettings} onPointerEnter={preloadSettings}>
          {settingsName}
        </DisclosureButton>
        <div id={settingsPanelId} className="narration__settings" hidden={!isSettingsOpen}>
          {isSettingsOpen && VoiceSettings && narration && snapshot && <VoiceSettings narration={narration} snapshot={snapshot} strings={strings} />}
        </div>
        {children}
      </div>
    </>
  );
}

/**
 * A disclosure button rather than <details>: every screen reader then says "button, collapsed"
 * or "expanded", where summary's role and state vary between them.
 */
function DisclosureButton({
  isOpen,
  controls,
  setIsOpen,
  className,
  ...rest
}: { isOpen: boolean; controls: string; setIsOpen: (isOpen: boolean) => void } & Omit<ComponentProps<"button">, "type" | "onClick">) {
  return (
    <button
      type="button"
      className={className ? `narration__disclosure ${className}` : "narration__disclosure"}
      aria-expanded={isOpen}
      aria-controls={controls}
      onClick={() => setIsOpen(!isOpen)}
      {...rest}
    />
  );
}

/**
 * Play or Pause and Stop, where they are in the player. While narration plays or is paused and
 * they have scrolled out of view, a bar at the bottom of the screen offers them again, with the
 * sentence being read. The controls in the player never move: pressing Play leaves focus, and a
 * screen reader's place, on the same button, which only changes its name to Pause. The bar's
 * height goes to --narration-bar-height, which narration.css turns into scroll padding: focus and
 * the highlighted sentence are then scrolled clear of it (WCAG 2.4.11).
 */
function PlayingBar({
  narration,
  snapshot,
  label,
  children,
}: {
  narration: PageNarration | null;
  snapshot: PageNarrationSnapshot | null;
  /** Names the bar, so a screen reader that meets its Pause and Stop knows them from the player's own. */
  label: string;
  children: ReactNode;
}) {
  const controlsRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const isSpeakingNow = snapshot !== null && isSpeaking(snapshot.narration.status);
  const [areControlsInView, setAreControlsInView] = useState(true);
  // Which of the bar's buttons has focus, kept when the browser drops focus as the bar goes.
  const focusInBar = useRef<number | null>(null);
  const isFloating = isSpeakingNow && !areControlsInView;

  useEffect(() => {
    const controls = controlsRef.current;
    if (!isSpeakingNow || !controls) return;
    const observer = new IntersectionObserver(([entry]) => setAreControlsInView(entry?.isIntersecting ?? true));
    observer.observe(controls);
    return () => {
      observer.disconnect();
      setAreControlsInView(true);
    };
  }, [isSpeakingNow]);

  // The bar is drawn, unseen, from Play on, so its height is scroll padding before it shows:
  // whatever is scrolled into view then (focus, the highlighted sentence) is already clear of it.
  useLayoutEffect(() => {
    const bar = barRef.current;
    if (!isSpeakingNow || !bar) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty(BAR_HEIGHT_PROPERTY, `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty(BAR_HEIGHT_PROPERTY);
    };
  }, [isSpeakingNow]);

  useLayoutEffect(() => {
    const controls = controlsRef.current;
    const bar = barRef.current;
    if (!isFloating || !controls || !bar) return;
    return () => {
      // Focus in the bar as it goes (Stop pressed there, or the page scrolled back up) moves to
      // the same control in the player, rather than to the top of the page.
      const index = focusInBar.current;
      focusInBar.current = null;
      if (index === null) return;
      queueMicrotask(() => {
        const focused = document.activeElement;
        if (!focused || focused === document.body || !focused.isConnected || bar.contains(focused)) {
          controls.querySelectorAll("button")[index]?.focus();
        }
      });
    };
  }, [isFloating]);

  const sentence = isSpeakingNow && narration ? narration.sentences[snapshot.narration.sentenceIndex]?.text : undefined;
  return (
    <>
      <div ref={controlsRef} className="narration__controls">
        {children}
      </div>
      {isSpeakingNow && (
        <div
          ref={barRef}
          role="group"
          aria-label={label}
          className="narration__bar"
          data-floating=""
          data-shown={isFloating ? "" : undefined}
          onFocus={(event) => {
            const index = [...event.currentTarget.querySelectorAll("button")].findIndex((button) => button === (event.target as EventTarget));
            focusInBar.current = index === -1 ? null : index;
          }}
          onBlur={(event) => {
            if (event.relatedTarget !== null) focusInBar.current = null;
          }}
        >
          <div className="narration__controls">{children}</div>
          {sentence && <p className="narration__now">{sentence}</p>}
        </div>
      )}
    </>
  );
}

/** Why the device's voice cannot be chosen, as its option then says it. */
const DEVICE_VOICE_PROBLEMS = {
  /** The browser has no speech synthesis at all. */
  unsupported: "deviceVoiceUnsupported",
  /** It has, but no voices for it. */
  none: "deviceVoiceUnavailable",
} as const satisfies Record<string, keyof NarrationStrings["recording"]>;

/** "Recorded voice" or "This device's voice"; the second says at once why it cannot be chosen. */
function VoiceChoice({
  voiceSource,
  deviceVoiceProblem,
  strings,
  onChange,
}: {
  voiceSource: VoiceSource;
  deviceVoiceProblem: keyof typeof DEVICE_VOICE_PROBLEMS | null;
  strings: NarrationStrings;
  onChange: (voiceSource: VoiceSource) => void;
}) {
  const id = useId();
  const labels = strings.recording;
  return (
    <span className="narration__field narration__voice-source">
      <label htmlFor={id}>{labels.voiceSourceLabel}</label>
      <select
        id={id}
        value={voiceSource}
        onChange={(event) => onChange(event.target.value as VoiceSource)}
      >
        <option value="recorded">{labels.recordedVoice}</option>
        <option value="device" disabled={deviceVoiceProblem !== null}>
          {deviceVoiceProblem ? labels[DEVICE_VOICE_PROBLEMS[deviceVoiceProblem]] : labels.deviceVoice}
        </option>
      </select>
    </span>
  );
}

function describeTime(seconds: number, strings: NarrationStrings): string {
  const whole = Math.round(seconds);
  return fillTemplate(strings.recording.time, { minutes: Math.floor(whole / 60), seconds: whole % 60 });
}

/**
 * Jumps within the page, for either voice. A native range input: arrow keys move a sentence,
 * Page Up and Page Down further, and its value text names the section and the time there.
 */
function PositionSlider({ narration, snapshot, strings }: { narration: PageNarration; snapshot: PageNarrationSnapshot; strings: NarrationStrings }) {
  const id = useId();
  const { sentenceIndex, sentenceCount } = snapshot.narration;
  if (sentenceCount < 2) return null;
  const valueText = fillTemplate(strings.recording.positionValue, {
    section: narration.findSectionHeading(sentenceIndex) ?? narration.sentences[0]?.text ?? "",
    time: describeTime(narration.timeAt(sentenceIndex), strings),
  });
  return (
    <div className="narration__field narration__position">
      <label htmlFor={id}>{strings.recording.positionLabel}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={sentenceCount - 1}
        step={1}
        value={sentenceIndex}
        aria-valuetext={valueText}
        onChange={(event) => narration.seek(Number(event.target.value))}
      />
    </div>
  );
}

/** Plain text, not a live region: a listener hears the page itself, and reads this when they want. */
function Progress({ narration, snapshot, strings }: { narration: PageNarration; snapshot: PageNarrationSnapshot; strings: NarrationStrings }) {
  const { sentenceIndex, sentenceCount, wordRange, rate, status } = snapshot.narration;
  if (sentenceCount === 0) return null;
  const estimate = estimateProgress(narration.sentences, { sentenceIndex, offset: wordRange?.start }, rate);
  const section = narration.findSectionHeading(sentenceIndex);
  return (
    <ul className="narration__progress">
      {status === "loading" && <li>{strings.loadingVoices}</li>}
      <li>{fillTemplate(strings.position, { current: sentenceIndex + 1, total: sentenceCount })}</li>
      {section && <li>{fillTemplate(strings.section, { heading: section })}</li>}
      <li>{fillTemplate(strings.elapsed, { duration: describeDuration(estimate.elapsedMs, strings) })}</li>
      <li>{fillTemplate(strings.remaining, { duration: describeDuration(estimate.remainingMs, strings) })}</li>
    </ul>
  );
}
