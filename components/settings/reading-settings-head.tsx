import { applySavedSettingsScript } from "@/lib/settings/apply-saved-settings";
import { themeStylesheet } from "@/lib/settings/themes";

/**
 * For the root layout's <head>: the colour palettes, then the script that applies saved reading
 * settings before the first paint (lib/settings/apply-saved-settings.ts explains why a script).
 * Both are inline, so neither waits for a request.
 */
export function ReadingSettingsHead() {
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: themeStylesheet }} />
      <script dangerouslySetInnerHTML={{ __html: applySavedSettingsScript }} />
    </>
  );
}
