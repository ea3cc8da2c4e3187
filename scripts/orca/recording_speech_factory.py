"""An Orca speech server that writes what Orca says to a file instead of speaking it.

Orca loads the module its `speechServerFactory` setting names and asks its SpeechServer class
for a server (orca/speech.py, _initSpeechServer). This one appends each utterance, one a line,
to the file named by ORCA_TRANSCRIPT_FILE, so tests/fixtures/orca.ts can compare what a blind
user would hear with a golden file. No audio, no speech-dispatcher.

Being the test's only code inside Orca, it also tells the test when Orca is idle: it counts, in
the file named by ORCA_IDLE_FILE, the moments Orca's main loop has nothing else to do.
"""

import os

from gi.repository import GLib
from orca import speechserver

# Say All asks for its next sentence only when the last one has been spoken (Orca reads the
# page lazily from the accessibility tree) and stops when a key interrupts it. Holding each
# sentence a moment, as if spoken, leaves Orca's main loop free to take that key between two
# sentences, and the machine's cores free for the other tests.
SAY_ALL_SENTENCE_MILLISECONDS = 20

# Orca handles a key in one go, querying Chromium over D-Bus as it speaks (half a second on a
# busy machine between "Wrapping to top." and the line it wraps to), and queues accessibility
# events for its idle handler (orca/event_manager.py). A low-priority timer only runs when
# neither is pending, so its count rising after Orca's last utterance means Orca is done.
IDLE_CHECK_MILLISECONDS = 25


class SpeechServer(speechserver.SpeechServer):
    _active_server = None

    @staticmethod
    def getFactoryName():
        return "Recording"

    @staticmethod
    def getSpeechServers():
        return [SpeechServer.getSpeechServer()]

    @staticmethod
    def getSpeechServer(info=None):
        if SpeechServer._active_server is None:
            SpeechServer._active_server = SpeechServer()
        return SpeechServer._active_server

    @staticmethod
    def shutdownActiveServers():
        if SpeechServer._active_server is not None:
            SpeechServer._active_server.shutdown()

    def __init__(self):
        super().__init__()
        self._transcript_path = os.environ["ORCA_TRANSCRIPT_FILE"]
        self._say_all = None
        self._next_sentence_source = None
        self._idle_path = os.environ["ORCA_IDLE_FILE"]
        self._idle_count = 0
        GLib.timeout_add(IDLE_CHECK_MILLISECONDS, self._count_idle_moment, priority=GLib.PRIORITY_LOW)

    def _count_idle_moment(self):
        self._idle_count += 1
        with open(self._idle_path, "w", encoding="utf-8") as idle:
            idle.write(str(self._idle_count))
        return True

    def getInfo(self):
        return ["Recording", "recording"]

    def getVoiceFamilies(self):
        return [speechserver.VoiceFamily({speechserver.VoiceFamily.NAME: "recording", speechserver.VoiceFamily.LANG: "en"})]

    def _record(self, text):
        # One utterance a line: Orca's utterances can contain line breaks (a heading's text).
        line = " ".join(text.split())
        if not line:
            return
        with open(self._transcript_path, "a", encoding="utf-8") as transcript:
            transcript.write(line + "\n")

    def speak(self, text=None, acss=None, interrupt=True):
        if text:
            self._record(text)

    def speakCharacter(self, character, acss=None):
        self._record(character)

    def speakKeyEvent(self, event, acss=None):
        self._record("%s %s" % (event.getKeyName(), event.getLockingStateString()))

    def sayAll(self, utteranceIterator, progressCallback):
        self.stop()
        self._say_all = (utteranceIterator, progressCallback, None)
        self._next_sentence_source = GLib.idle_add(self._speak_next_sentence)

    def _speak_next_sentence(self):
        self._next_sentence_source = None
        iterator, progress_callback, spoken = self._say_all
        if spoken is not None:
            spoken.currentOffset = spoken.endOffset
            progress_callback(spoken.copy(), speechserver.SayAllContext.COMPLETED)
        try:
            context, _voice = next(iterator)
        except StopIteration:
            self._say_all = None
            return False
        self._say_all = (iterator, progress_callback, context)
        self._record(context.utterance)
        progress_callback(context.copy(), speechserver.SayAllContext.PROGRESS)
        self._next_sentence_source = GLib.timeout_add(SAY_ALL_SENTENCE_MILLISECONDS, self._speak_next_sentence)
        return False

    def stop(self):
        if self._next_sentence_source is not None:
            GLib.source_remove(self._next_sentence_source)
            self._next_sentence_source = None
        if self._say_all is None:
            return
        _iterator, progress_callback, spoken = self._say_all
        self._say_all = None
        if spoken is not None:
            progress_callback(spoken.copy(), speechserver.SayAllContext.INTERRUPTED)

    def shutdown(self):
        self.stop()
        SpeechServer._active_server = None

    def reset(self, text=None, acss=None):
        self.stop()
