// Which paths a window may open as dropped maps: only those of files the
// person really dropped on it (the preload reports a trusted drop event's
// paths), each once, for a minute. A page cannot make the main process open
// a path of its choosing by calling the drop door with a made-up one.
const GRANT_MS = 60_000;

export class DropGrants {
  private readonly grants = new Map<number, Map<string, number>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The paths of a drop on window `owner`. */
  grant(owner: number, paths: readonly string[]): void {
    const granted = this.grants.get(owner) ?? new Map<string, number>();
    for (const path of paths) granted.set(path, this.now() + GRANT_MS);
    this.grants.set(owner, granted);
  }

  /** True once for a path dropped on `owner` within the last minute; the grant is then used up. */
  take(owner: number, path: string): boolean {
    const granted = this.grants.get(owner);
    const until = granted?.get(path);
    if (until === undefined) return false;
    granted!.delete(path);
    return until >= this.now();
  }

  forget(owner: number): void {
    this.grants.delete(owner);
  }
}
