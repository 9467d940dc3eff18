// Runs one export in the host and follows it: progress while it runs (asked
// for every fifth of a second), then done, failed or cancelled.
import { useEffect, useRef, useState } from 'react';
import type { ExportRequest, ExportStatus, FileHandle, Host } from '../../shared/host/host';

export type JobState = { phase: 'idle' } | { phase: 'running'; job: string; name: string; status: ExportStatus } | { phase: 'finished'; job: string; name: string; status: ExportStatus };

const POLL_MS = 200;

export function useExportJob(host: Host) {
  const [state, setState] = useState<JobState>({ phase: 'idle' });
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  /** Starts writing `name` in `folder`; 'exists' when a file of that name is there and `replace` was not asked. */
  const start = async (request: Omit<ExportRequest, 'folder' | 'name' | 'replace'>, folder: FileHandle, name: string, replace: boolean): Promise<'started' | 'exists' | { error: ExportStatus & { state: 'failed' } }> => {
    const started = await host.startExport({ ...request, folder, name, replace });
    if (!started.ok) return started.error.code === 'exists' ? 'exists' : { error: { state: 'failed', error: started.error } };
    const job = started.value.job;
    setState({ phase: 'running', job, name, status: { state: 'running', done: 0, total: 1 } });
    void follow(job, name);
    return 'started';
  };

  const follow = async (job: string, name: string) => {
    for (;;) {
      await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
      if (!alive.current) return;
      const status = await host.exportStatus(job).catch(() => null);
      if (status === null) continue; // the host did not answer this time: ask again
      if (status.state === 'running') setState({ phase: 'running', job, name, status });
      else return setState({ phase: 'finished', job, name, status });
    }
  };

  const cancel = () => {
    if (state.phase === 'running') void host.cancelExport(state.job);
  };

  return { state, start, cancel, reset: () => setState({ phase: 'idle' }) };
}
