#!/usr/bin/env bash
# Makes a real speech engine available to Chromium for tests/narration-real-engine.spec.ts.
# Chromium on Linux speaks through speech-dispatcher (with --enable-speech-dispatcher), which
# needs an output module (espeak-ng) and an audio server; on a machine with no sound card a
# PulseAudio null sink stands in for the speakers. Idempotent: running it twice starts nothing twice.
set -euo pipefail

bash "$(dirname "$0")/install-debian-packages.sh" "The real-speech tests" speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio pulseaudio-utils

# PulseAudio: a null sink, so speech "plays" on machines without audio hardware. As root it
# warns that it is not meant to run as root; the per-user daemon is still what Chromium's
# speech-dispatcher client reaches.
pulseaudio_started=false
if ! pulseaudio --check 2>/dev/null; then
  pulseaudio_started=true
  pulseaudio -D --exit-idle-time=-1 -n \
    --load="module-null-sink sink_name=null" \
    --load=module-native-protocol-unix 2>/dev/null
  echo "PulseAudio: started with a null sink"
else
  echo "PulseAudio: already running"
fi
# A second null sink for Chromium alone (PULSE_SINK in playwright.config.ts), so the real-speech
# tests hear the recorded voice without Orca's or speech-dispatcher's speech mixed in.
if ! pactl list short sinks | grep -q "$(printf '\t')recorded_voice$(printf '\t')"; then
  pactl load-module module-null-sink sink_name=recorded_voice >/dev/null
  echo "PulseAudio: added the recorded_voice sink"
fi

# speech-dispatcher reads its configuration from -C; this directory keeps the system's module
# settings and only sends audio to PulseAudio and makes espeak-ng the default module.
config_dir="${XDG_CONFIG_HOME:-$HOME/.config}/light-companion/speech-dispatcher"
mkdir -p "$config_dir"
ln -sfn /etc/speech-dispatcher/modules "$config_dir/modules"
# speech-dispatcher 0.11 logs every voice of the list it sends each client (about 1 MB for
# espeak-ng's 13,000) whatever the LogLevel, so the log goes where the system clears it.
log_dir="${TMPDIR:-/tmp}/light-companion-speech-dispatcher"
mkdir -p "$log_dir"
cat >"$config_dir/speechd.conf" <<CONF
# Written by light-companion/scripts/setup-speech.sh
LogLevel 1
LogDir "$log_dir"
AudioOutputMethod "pulse"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
CONF

# Clients (Chromium's libspeechd) and the server agree on this socket:
# $XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock, or under ~/.cache without XDG_RUNTIME_DIR.
runtime_dir="${XDG_RUNTIME_DIR:-$HOME/.cache}/speech-dispatcher"
# A server left running can have lost its espeak-ng module (seen here: the module process gone,
# "Can't list voices for module espeak-ng" in its log, and Chromium given no voices at all), so
# one that cannot list its voices is replaced rather than trusted; so is one whose module still
# talks to a PulseAudio that has since been replaced (it then stalls on the first sentence).
lists_voices() { [[ "$(timeout 30 spd-say -L 2>/dev/null || true)" == *" NAME "*" LANGUAGE "* ]]; }
if [[ -S "$runtime_dir/speechd.sock" ]] && pgrep -f "^(/usr/bin/)?speech-dispatcher( |$)" >/dev/null && ! $pulseaudio_started && lists_voices; then
  echo "speech-dispatcher: already running, with its voices"
else
  if pkill -f "^(/usr/bin/)?speech-dispatcher( |$)"; then
    echo "speech-dispatcher: the running one had lost its voices or its PulseAudio; starting it again"
    for _ in $(seq 50); do pgrep -f "^(/usr/bin/)?speech-dispatcher( |$)" >/dev/null || break; sleep 0.1; done
    rm -f "$runtime_dir/speechd.sock"
  fi
  # A server that died unreaped (seen here: a zombie left by a Chromium that had spawned it) keeps
  # its pid file, and a new one then refuses to start, "already running".
  rm -f "$runtime_dir/pid/speech-dispatcher.pid"
  # -t 0: never exit for lack of clients, so the first test does not pay for a restart.
  speech-dispatcher -d -t 0 -C "$config_dir" >/dev/null 2>&1
  for _ in $(seq 50); do
    [[ -S "$runtime_dir/speechd.sock" ]] && break
    sleep 0.1
  done
  if [[ ! -S "$runtime_dir/speechd.sock" ]]; then
    echo "speech-dispatcher: did not start (no socket at $runtime_dir/speechd.sock); run speech-dispatcher -s -C $config_dir to see why" >&2
    exit 1
  fi
  echo "speech-dispatcher: started (config $config_dir)"
fi
