"use client";

import { useId, useMemo, useState } from "react";
import type { Strings } from "@/content/schema";
import type { PageNarration, PageNarrationSnapshot } from "@/lib/narration/page-narration";
import { fillTemplate } from "@/lib/narration/player-messages";
import { ALL_LANGUAGES, chooseVoiceLanguage, labelVoice, listVoiceGroups, offersAllLanguages } from "@/lib/narration/voice-menu";
import { groupVoicesByLanguage } from "@/lib/narration/voice-ranking";
import { PITCH_CHOICES as PITCHES, RATE_CHOICES as RATES, RATE_RANGE } from "@/lib/narration/voice-ranges";

/** Keeps a value saved by another version of the player choosable rather than silently showing another. */
function withValue(values: readonly number[], value: number): number[] {
  return values.includes(value) ? [...values] : [...values, value].sort((a, b) => a - b);
}

interface SettingsProps {
  readonly narration: PageNarration;
  readonly snapshot: PageNarrationSnapshot;
  readonly strings: Strings["narration"];
}

/**
 * Speed, pitch and voice, as native selects: every screen reader and switch device knows them,
 * and typing a letter jumps through a long list. Loaded and rendered only once the settings are
 * opened, so thousands of voices are sorted only for a listener who looks at them. A recording
 * has a speed but no pitch or voice to choose, so with the recorded voice only the speed shows.
 */
export function VoiceSettings({ narration, snapshot, strings }: SettingsProps) {
  const id = useId();
  const { rate } = snapshot.narration;
  return (
    <div className="narration__settings-fields">
      <div className="narration__field">
        <label htmlFor={`${id}-rate`}>{strings.rateLabel}</label>
        <select id={`${id}-rate`} value={String(rate)} onChange={(event) => narration.setRate(Number(event.target.value))}>
          {withValue(RATES, rate).map((value) => {
            const label = fillTemplate(strings.rateOption, { rate: value });
            return (
              <option key={value} value={String(value)}>
                {value === RATE_RANGE.default ? fillTemplate(strings.normalOption, { option: label }) : label}
              </option>
            );
          })}
        </select>
      </div>
      {snapshot.voiceSource === "device" && <DeviceVoiceFields narration={narration} snapshot={snapshot} strings={strings} />}
    </div>
  );
}

function DeviceVoiceFields({ narration, snapshot, strings }: SettingsProps) {
  const id = useId();
  const { pitch, voiceURI, voices } = snapshot.narration;
  const pageLang = document.documentElement.lang || "en";
  const groups = useMemo(
    () => groupVoicesByLanguage(voices, { pageLang, preferredLangs: navigator.languages, displayLocale: pageLang }),
    [voices, pageLang],
  );
  const [chosenLanguage, setChosenLanguage] = useState<string>();
  const language = chosenLanguage ?? chooseVoiceLanguage(groups, { pageLang, voiceURI });
  const listedGroups = listVoiceGroups(groups, language, voiceURI);

  return (
    <>
      <div className="narration__field">
        <label htmlFor={`${id}-pitch`}>{strings.pitchLabel}</label>
        <select id={`${id}-pitch`} value={String(pitch)} onChange={(event) => narration.setPitch(Number(event.target.value))}>
          {withValue(PITCHES, pitch).map((value) => (
            <option key={value} value={String(value)}>
              {strings.pitchOptions[PITCHES.indexOf(value)] ?? String(value)}
            </option>
          ))}
        </select>
      </div>
      {voices.length === 0 ? (
        <p className="narration__field">{strings.loadingVoices}</p>
      ) : (
        <>
          <div className="narration__field">
            <label htmlFor={`${id}-language`}>{strings.voiceLanguageLabel}</label>
            <select id={`${id}-language`} value={language} onChange={(event) => setChosenLanguage(event.target.value)}>
              {offersAllLanguages(voices.length) && <option value={ALL_LANGUAGES}>{strings.allLanguages}</option>}
              {groups.map((group) => (
                <option key={group.language} value={group.language}>
                  {fillTemplate(strings.voiceLanguageOption, { language: group.label || strings.otherLanguage, count: group.voices.length })}
                </option>
              ))}
            </select>
          </div>
          <div className="narration__field">
            <label htmlFor={`${id}-voice`}>{strings.voiceLabel}</label>
            <select
              id={`${id}-voice`}
              value={voiceURI ?? ""}
              onChange={(event) => narration.setVoice(event.target.value || undefined)}
            >
              <option value="">{strings.automaticVoice}</option>
              {listedGroups.map((group) => (
                <optgroup key={group.language} label={group.label || strings.otherLanguage}>
                  {group.voices.map((voice) => (
                    <option key={voice.voiceURI} value={voice.voiceURI}>
                      {labelVoice(voice, strings.onlineVoice)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        </>
      )}
    </>
  );
}
