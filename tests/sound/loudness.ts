// A loudness meter for the tests, so they need no ffmpeg: ITU-R BS.1770-4 / EBU R128 integrated
// loudness (K-weighting, 400 ms blocks every 100 ms, absolute gate -70 LUFS, relative gate
// -10 LU) and a true-peak estimate by 4x oversampling. The filter coefficients follow the
// standard's analogue design for any sample rate, as libebur128 and ffmpeg compute them.

type Biquad = { b: [number, number, number]; a: [number, number, number] };

function kWeighting(rate: number): Biquad[] {
  // The high shelf (the head's effect) ...
  let f0 = 1681.974450955533;
  const gainDb = 3.999843853973347;
  let q = 0.7071752369554196;
  let k = Math.tan((Math.PI * f0) / rate);
  const vh = 10 ** (gainDb / 20);
  const vb = vh ** 0.4996667741545416;
  let a0 = 1 + k / q + k * k;
  const shelf: Biquad = {
    b: [
      (vh + (vb * k) / q + k * k) / a0,
      (2 * (k * k - vh)) / a0,
      (vh - (vb * k) / q + k * k) / a0,
    ],
    a: [1, (2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0],
  };
  // ... then the high pass (RLB weighting).
  f0 = 38.13547087602444;
  q = 0.5003270373238773;
  k = Math.tan((Math.PI * f0) / rate);
  a0 = 1 + k / q + k * k;
  const highPass: Biquad = {
    b: [1, -2, 1],
    a: [1, (2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0],
  };
  return [shelf, highPass];
}

function filter(samples: ArrayLike<number>, { b, a }: Biquad): Float64Array {
  const out = new Float64Array(samples.length);
  let [x1, x2, y1, y2] = [0, 0, 0, 0];
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]!;
    const y = b[0] * x + b[1] * x1 + b[2] * x2 - a[1] * y1 - a[2] * y2;
    [x2, x1, y2, y1] = [x1, x, y1, y];
    out[i] = y;
  }
  return out;
}

const loudnessOf = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);

/** Integrated loudness (LUFS) of mono samples in [-1, 1]. */
export function integratedLoudness(samples: ArrayLike<number>, rate: number): number {
  const weighted = kWeighting(rate).reduce<ArrayLike<number>>(filter, samples);
  const block = Math.round(0.4 * rate);
  const hop = Math.round(0.1 * rate);
  const blocks: number[] = [];
  for (let start = 0; start + block <= weighted.length; start += hop) {
    let sum = 0;
    for (let i = start; i < start + block; i++) sum += weighted[i]! ** 2;
    blocks.push(sum / block);
  }
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const audible = blocks.filter((z) => loudnessOf(z) > -70);
  const threshold = loudnessOf(mean(audible)) - 10;
  return loudnessOf(mean(audible.filter((z) => loudnessOf(z) > threshold)));
}

/** True peak (dBTP): the highest magnitude between the samples too, by 4x oversampling. */
export function truePeakDb(samples: ArrayLike<number>): number {
  const FACTOR = 4;
  const TAPS = 12; // samples either side: a Hann-windowed sinc
  const kernels = Array.from({ length: FACTOR - 1 }, (_, p) =>
    Array.from({ length: 2 * TAPS }, (_, j) => {
      const t = (p + 1) / FACTOR - (j - TAPS + 1);
      return (Math.sin(Math.PI * t) / (Math.PI * t)) * (0.5 + 0.5 * Math.cos((Math.PI * t) / TAPS));
    }),
  );
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    peak = Math.max(peak, Math.abs(samples[i]!));
    for (const kernel of kernels) {
      let value = 0;
      kernel.forEach((weight, j) => (value += weight * (samples[i + j - TAPS + 1] ?? 0)));
      peak = Math.max(peak, Math.abs(value));
    }
  }
  return 20 * Math.log10(peak);
}
