// Find (ctrl/⌘+F): searches note text and steps through the hits with Enter
// and shift+Enter; the current hit is selected and brought into view.
import { useEffect, useRef, useState } from 'react';
import type { JourneyMap, Note } from '../../shared/format/types';
import { useBarKeys } from '../keyboard/useBarKeys';
import { useWords } from '../words';

/** Notes whose text has the query; with `within` (the board's filter), only the notes it lets through. */
function findNotes(map: JourneyMap, query: string, within: ((note: Note) => boolean) | null = null): string[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return [];
  return map.notes.filter((n) => !n.hidden && n.text.toLocaleLowerCase().includes(q) && (within === null || within(n))).map((n) => n.id);
}

export function FindBar({ map, within = null, onHits, onCurrent, onClose }: { map: JourneyMap; within?: ((note: Note) => boolean) | null; onHits(ids: string[]): void; onCurrent(id: string): void; onClose(): void }) {
  const w = useWords();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const hits = findNotes(map, query, within);
  useEffect(() => input.current?.focus(), []);
  // Escape closes the bar, from its field or from the board.
  useBarKeys(bar, onClose);
  // A filter changed under the hits: start again from the first.
  useEffect(() => setIndex(-1), [within]);
  // Tell the board the hits whenever the query or the map changes.
  const key = hits.join(",");
  useEffect(() => onHits(key === "" ? [] : key.split(",")), [key, onHits]);

  const go = (step: number) => {
    if (hits.length === 0) return;
    const next = (index + step + hits.length) % hits.length;
    setIndex(next);
    onCurrent(hits[next]!);
  };
  return (
    <div ref={bar} className="find-bar" data-testid="find-bar">
      <input
        ref={input}
        data-testid="find-input"
        placeholder={w.board.findPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(-1);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go(e.shiftKey ? -1 : 1);
        }}
      />
      <span className="muted" data-testid="find-count">
        {query.trim() === ''
          ? ''
          : hits.length === 0
            ? (within ? w.filters.findNone : w.board.findNone)
            : (within ? w.filters.findCount : w.board.findCount)({ index: Math.max(0, Math.min(index, hits.length - 1)) + 1, count: hits.length })}
      </span>
      <button onClick={() => go(-1)} aria-label="↑">↑</button>
      <button onClick={() => go(1)} aria-label="↓">↓</button>
      <button onClick={onClose} aria-label="×">×</button>
    </div>
  );
}
