// The two web-platform globals shared/ may use. Both exist in every browser
// and in Node >= 18; declaring just these keeps the rest of the DOM and of
// Node out of shared/ (see tsconfig.json beside this file).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
};
