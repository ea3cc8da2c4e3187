"""Starts GNOME Orca with the settings folder given as the first argument.

/usr/bin/orca does the same, but first refuses to start while any other process named "orca"
runs for this user, and renames this process "orca" so that other copies refuse in turn: two
test runs on one machine would stop each other. Each test's Orca has its own X display, D-Bus
and settings, so this entry point skips that check. Run from this folder, it also makes
recording_speech_factory importable, as Orca's `speechServerFactory` setting asks.

Set ORCA_DEBUG_FILE to a path to get Orca's full debug log there (slow; for diagnosis only).
"""

import os
import sys

from orca import debug


def main():
    settings_folder = sys.argv[1]
    debug_file = os.environ.get("ORCA_DEBUG_FILE")
    if debug_file:
        debug.debugLevel = debug.LEVEL_ALL
        debug.eventDebugLevel = debug.LEVEL_OFF
        debug.debugFile = open(debug_file, "w")

    # Imported only now, as /usr/bin/orca does: orca.orca connects to the display on import.
    from orca import orca

    manager = orca.getSettingsManager()
    manager.activate(settings_folder, {})
    sys.path.insert(0, manager.getPrefsDir())
    return orca.main()


if __name__ == "__main__":
    sys.exit(main())
