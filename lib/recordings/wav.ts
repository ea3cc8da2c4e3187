/** Just enough of RIFF WAV for Festival's output: 16-bit PCM, read and joined. */

export interface PcmAudio {
  readonly sampleRate: number;
  readonly channels: number;
  /** 16-bit little-endian samples. */
  readonly samples: Buffer;
}

export function readWav(file: Buffer): PcmAudio {
  if (file.toString("ascii", 0, 4) !== "RIFF" || file.toString("ascii", 8, 12) !== "WAVE") throw new Error("Not a RIFF WAVE file");
  let offset = 12;
  let format: { sampleRate: number; channels: number; bitsPerSample: number } | null = null;
  while (offset + 8 <= file.length) {
    const id = file.toString("ascii", offset, offset + 4);
    const size = file.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt ") {
      format = { channels: file.readUInt16LE(body + 2), sampleRate: file.readUInt32LE(body + 4), bitsPerSample: file.readUInt16LE(body + 14) };
    } else if (id === "data") {
      if (!format || format.bitsPerSample !== 16) throw new Error("Only 16-bit PCM WAV is supported");
      return { sampleRate: format.sampleRate, channels: format.channels, samples: file.subarray(body, body + size) };
    }
    offset = body + size + (size % 2);
  }
  throw new Error("WAV file has no data chunk");
}

export function durationOf(audio: PcmAudio): number {
  return audio.samples.length / (2 * audio.channels * audio.sampleRate);
}

export function silence(seconds: number, like: PcmAudio): Buffer {
  return Buffer.alloc(Math.round(seconds * like.sampleRate) * 2 * like.channels);
}

export function writeWav(audio: PcmAudio): Buffer {
  const header = Buffer.alloc(44);
  const byteRate = audio.sampleRate * audio.channels * 2;
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + audio.samples.length, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(audio.channels, 22);
  header.writeUInt32LE(audio.sampleRate, 24);
  header.writeUInt32LE(byteRate, 28);
  header.writeUInt16LE(audio.channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(audio.samples.length, 40);
  return Buffer.concat([header, audio.samples]);
}
