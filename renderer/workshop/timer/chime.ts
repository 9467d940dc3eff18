// The sound at the end of the timer: a soft two-tone chime made with the Web
// Audio API (no sound file to ship), two bell-like notes falling a fourth,
// quiet and short, so it tells a room "time's up" without startling it.
//
// Browsers keep audio silent until the person has interacted with the page.
// `prepareChime` is called from the click or key that starts the timer, which
// unlocks the audio for the chime later; after a reload the first click or key
// anywhere does it. If sound is still blocked at the end, the visual cue alone
// says time is up: nothing throws.

let context: AudioContext | null = null;
let played = 0;

function audio(): AudioContext | null {
  if (context) return context;
  const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Ctor) return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

/** Call from a user gesture: creates and resumes the audio so the chime may play later. */
export function prepareChime(): void {
  const ctx = audio();
  if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
}

/** After a reload: the next gesture anywhere on the page unlocks the audio. */
export function prepareChimeOnNextGesture(): void {
  const unlock = () => {
    prepareChime();
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
}

/** One bell-like note: a sine with a quieter octave partial, a soft attack and a long decay. */
function bell(ctx: AudioContext, frequency: number, start: number, volume: number): void {
  const gain = ctx.createGain();
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(volume, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.6);
  gain.connect(ctx.destination);
  for (const [multiple, level] of [
    [1, 1],
    [2, 0.18],
  ] as const) {
    const osc = ctx.createOscillator();
    osc.type = 'sine';
    osc.frequency.value = frequency * multiple;
    const partial = ctx.createGain();
    partial.gain.value = level;
    osc.connect(partial).connect(gain);
    osc.start(start);
    osc.stop(start + 1.7);
  }
}

function ring(ctx: AudioContext): void {
  try {
    const now = ctx.currentTime + 0.05;
    bell(ctx, 783.99, now, 0.16); // G5
    bell(ctx, 587.33, now + 0.45, 0.14); // D5
    played += 1;
  } catch {
    // No audio device, or the context closed: the visual cue still shows.
  }
}

/** Plays the chime if the browser lets it (silently nothing if sound is blocked). */
export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  if (ctx.state === 'running') return ring(ctx);
  // Before any gesture, resume() waits for one: a chime minutes late would only confuse, so it is dropped.
  const asked = performance.now();
  ctx
    .resume()
    .then(() => {
      if (ctx.state === 'running' && performance.now() - asked < 1500) ring(ctx);
    })
    .catch(() => undefined);
}

/** How many chimes reached the speakers in this page (for the end-to-end tests). */
export function chimesPlayed(): number {
  return played;
}
