"use client";

import { useId, useRef, useSyncExternalStore, type RefObject } from "react";
import type { Strings } from "@/content/schema";
import { Dialog } from "@/components/dialog/dialog";
import { useAnnounce } from "@/components/layout/live-announcer";
import { defaultReadingSettings, readingSettingOptions, type ReadingSettings } from "@/lib/settings/reading-settings";
import { readSettings, resetSettings, saveSettings, subscribeToSettings } from "@/lib/settings/settings-store";

type SettingsStrings = Strings["settings"];

/**
 * The reading settings form. Every control is a native one and takes effect as soon as it
 * changes: there is no Save button to miss. Each change is announced once in the site's live
 * region. Opening it focuses the first setting's chosen option, where a reader starts changing
 * things. Loaded on demand by ReadingSettingsButton.
 */
export function ReadingSettingsDialog({
  isOpen,
  onOpenChange,
  returnFocusTo,
  strings,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
  strings: SettingsStrings;
}) {
  const settings = useSyncExternalStore(subscribeToSettings, readSettings, () => defaultReadingSettings);
  const announce = useAnnounce();
  const firstSettingRef = useRef<HTMLInputElement>(null);
  const save = (change: Partial<ReadingSettings>) => saveSettings({ ...settings, ...change });

  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={strings.dialogTitle}
      description={strings.dialogDescription}
      closeLabel={strings.closeButton}
      initialFocus={firstSettingRef}
    >
      <div className="reading-settings">
        <Choice
          options={readingSettingOptions.theme}
          value={settings.theme}
          strings={strings.theme}
          onChange={(theme) => save({ theme })}
          checkedRadioRef={firstSettingRef}
        />
        <TextSize value={settings.textSize} strings={strings.textSize} onChange={(textSize) => save({ textSize })} />
        <Choice options={readingSettingOptions.spacing} value={settings.spacing} strings={strings.spacing} onChange={(spacing) => save({ spacing })} />
        <Choice options={readingSettingOptions.font} value={settings.font} strings={strings.font} onChange={(font) => save({ font })} />
        <Choice options={readingSettingOptions.motion} value={settings.motion} strings={strings.motion} onChange={(motion) => save({ motion })} />
        <Choice
          options={readingSettingOptions.linkUnderlines}
          value={settings.linkUnderlines}
          strings={strings.linkUnderlines}
          onChange={(linkUnderlines) => save({ linkUnderlines })}
        />
        <button
          type="button"
          onClick={() => {
            resetSettings();
            announce(strings.resetAnnouncement);
          }}
        >
          {strings.resetButton}
        </button>
      </div>
    </Dialog>
  );
}

/** A radio group in a fieldset, its legend the question and its optional hint read with it. */
function Choice<Option extends string>({
  options,
  value,
  strings,
  onChange,
  checkedRadioRef,
}: {
  options: readonly Option[];
  value: Option;
  strings: { legend: string; hint?: string; options: Record<Option, string>; announcement: string };
  onChange: (option: Option) => void;
  /** Points at the checked radio button, the group's one Tab stop. */
  checkedRadioRef?: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const announce = useAnnounce();
  return (
    <fieldset className="reading-settings__choice" aria-describedby={strings.hint ? `${id}-hint` : undefined}>
      <legend>{strings.legend}</legend>
      {strings.hint && (
        <p id={`${id}-hint`} className="reading-settings__hint">
          {strings.hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option} className="reading-settings__option">
          <input
            ref={option === value ? checkedRadioRef : undefined}
            type="radio"
            name={id}
            value={option}
            checked={option === value}
            onChange={() => {
              onChange(option);
              announce(strings.announcement.replace("{option}", strings.options[option]));
            }}
          />
          {strings.options[option]}
        </label>
      ))}
    </fieldset>
  );
}

const textSizes = readingSettingOptions.textSize;

/**
 * A slider over the allowed sizes. Its value is the size's position in the list, so the sizes
 * need not be evenly spaced; aria-valuetext gives screen readers the percentage instead.
 */
function TextSize({
  value,
  strings,
  onChange,
}: {
  value: ReadingSettings["textSize"];
  strings: SettingsStrings["textSize"];
  onChange: (textSize: ReadingSettings["textSize"]) => void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const percent = (size: number) => strings.value.replace("{percent}", String(size));
  return (
    <div className="reading-settings__text-size">
      <label htmlFor={id}>{strings.label}</label>
      <div className="reading-settings__range">
        <input
          id={id}
          type="range"
          min={0}
          max={textSizes.length - 1}
          step={1}
          value={textSizes.indexOf(value)}
          aria-valuetext={percent(value)}
          onChange={(event) => {
            const size = textSizes[event.target.valueAsNumber];
            if (size === undefined) return;
            onChange(size);
            announce(strings.announcement.replace("{percent}", String(size)));
          }}
        />
        <span>{percent(value)}</span>
      </div>
    </div>
  );
}
