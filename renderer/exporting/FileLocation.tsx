// Where an export was written, for when the host cannot open a file manager
// (browser mode with none to start): the folder's full path and the file's
// name in a field to read or select, and a Copy button.
import { useRef, useState } from 'react';
import { keyLabels } from '../actions/keys';
import { useWords } from '../words';

/** The file's full path as the host writes paths (a Windows folder has backslashes). */
export function filePath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

export function FileLocation({ folder, name }: { folder: string; name: string }) {
  const w = useWords();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'by-keys'>('no');
  const path = filePath(folder, name);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(path);
      setCopied('yes');
    } catch {
      // No clipboard for this page (a browser's policy): the path is selected for the person's own copy.
      field.current?.focus();
      field.current?.select();
      setCopied('by-keys');
    }
  };

  return (
    <div className="file-location" role="group" aria-label={w.exporting.fileLocation} data-testid="export-location">
      <p>{w.exporting.noFileManager}</p>
      <div className="row">
        <input ref={field} readOnly value={path} aria-label={w.exporting.fileLocation} data-testid="export-location-path" onFocus={(event) => event.currentTarget.select()} />
        <button data-testid="export-location-copy" onClick={() => void copy()}>
          {copied === 'yes' ? w.exporting.pathCopied : w.exporting.copyPath}
        </button>
      </div>
      {copied === 'by-keys' && <p className="muted" role="status">{w.exporting.copyByKeys({ keys: keyLabels('copy')[0] ?? 'Ctrl+C' })}</p>}
    </div>
  );
}
