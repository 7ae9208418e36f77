#!/usr/bin/env python3
"""The listening proxy that chose LAME's quality setting (bench/audio/quality.sh): how far decoded MP3s are from
the WAV they were encoded from. Usage: spectral_distance.py REF.wav DECODED.raw...  (raw: s16le mono, same rate).

Log-spectral distance over frames of 32 ms (hop 16 ms, Hann window), bins up to 7 kHz (the encoder's low-pass at
16 kHz lies above), frames with speech only (within 45 dB of the loudest). Each spectrum is floored at 40 dB (and
60 dB) under the frame's loudest bin, so what is inaudible under the speech does not dominate. SNR over the whole
signal alongside. Neither is a perceptual model: they catch a lost band, smearing and added noise, not every
artefact a listener would hear."""
import sys
import numpy as np


def read_wav(path):
    data = open(path, 'rb').read()
    return np.frombuffer(data[44:], dtype='<i2').astype(np.float64), int.from_bytes(data[24:28], 'little')


def spectra(x, n=512, hop=256):
    frames = np.lib.stride_tricks.sliding_window_view(x, n)[::hop] * np.hanning(n)
    return np.abs(np.fft.rfft(frames, axis=1)) ** 2 + 1e-9


def align(ref, dec, most=4000):
    """The delay (samples) of dec against ref, by cross-correlation over the first 20 s."""
    a = ref[:320000]
    return int(np.argmax([np.dot(a[: len(dec) - d], dec[d: d + len(a)][: len(dec) - d]) for d in range(most)]))


def lsd(r, d, floor_db):
    floor = np.maximum(r.max(axis=1, keepdims=True), d.max(axis=1, keepdims=True)) * 10 ** (-floor_db / 10)
    diff = 10 * np.log10(np.maximum(r, floor) / np.maximum(d, floor))
    return np.sqrt((diff ** 2).mean(axis=1))


def main():
    ref, rate = read_wav(sys.argv[1])
    bins = int(7000 / (rate / 2) * 256) + 1
    r = spectra(ref)
    energy = 10 * np.log10(r.sum(axis=1))
    speech = energy > energy.max() - 45
    for path in sys.argv[2:]:
        dec = np.frombuffer(open(path, 'rb').read(), dtype='<i2').astype(np.float64)
        lag = align(ref, dec)
        dec = dec[lag: lag + len(ref)]
        d = spectra(dec)
        m = min(len(r), len(d))
        l40 = lsd(r[:m, :bins], d[:m, :bins], 40)[speech[:m]]
        l60 = lsd(r[:m, :bins], d[:m, :bins], 60)[speech[:m]]
        x = ref[:len(dec)]
        snr = 10 * np.log10((x ** 2).sum() / ((x - dec) ** 2).sum())
        print(f"{path.rsplit('/', 1)[-1].split('.')[0]}: LSD (floor 40 dB) mean {l40.mean():.2f} dB, "
              f"p95 {np.percentile(l40, 95):.2f}; LSD (floor 60 dB) mean {l60.mean():.2f} dB, "
              f"p95 {np.percentile(l60, 95):.2f}; SNR {snr:.1f} dB (delay {lag} samples)")


if __name__ == '__main__':
    main()
