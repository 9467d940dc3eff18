// A refused API call: an HTTP status and a stable code the page can act on.
// These are requests the page should never make (a handle this run did not
// issue, a malformed body); a file that cannot be used is a HostResult
// failure instead, with a FileError the user can read.
export type ApiErrorCode =
  | 'bad-host'
  | 'bad-origin'
  | 'bad-request'
  | 'bad-name'
  | 'no-token'
  | 'unknown-handle'
  | 'wrong-handle'
  | 'unknown-method'
  | 'unknown-sample'
  | 'unknown-job'
  | 'not-an-image'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'too-large'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The reply body of a refused call. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}
