import "@fontsource/atkinson-hyperlegible/400.css";
import "@fontsource/atkinson-hyperlegible/700.css";
import { loadContent } from "@/lib/content/load-content";
import { ReadingSettingsButton } from "./reading-settings-button";
import "./reading-settings.css";

/**
 * The header's reading settings. The font's @font-face rules are always in the stylesheet, but a
 * browser fetches a font file only when some text uses that font, which happens only once a
 * reader chooses Atkinson Hyperlegible (tests/settings.spec.ts proves it).
 */
export function ReadingSettings() {
  return <ReadingSettingsButton strings={loadContent().strings.settings} />;
}
