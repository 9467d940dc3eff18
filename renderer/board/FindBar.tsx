// Find (ctrl/⌘+F): searches note text and steps through the hits with Enter
// and shift+Enter; the current hit is selected and brought into view.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/format/types';

export function findNotes(map: JourneyMap, query: string): string[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return [];
  return map.notes.filter((n) => !n.hidden && n.text.toLocaleLowerCase().includes(q)).map((n) => n.id);
}

export function FindBar({ map, onHits, onCurrent, onClose }: { map: JourneyMap; onHits(ids: string[]): void; onCurrent(id: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hits = findNotes(map, query);
  useEffect(() => input.current?.focus(), []);
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
    <div className="find-bar" data-testid="find-bar">
      <input
        ref={input}
        data-testid="find-input"
        placeholder={t('board.findPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(-1);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') go(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') onClose();
        }}
      />
      <span className="muted" data-testid="find-count">
        {query.trim() === '' ? '' : hits.length === 0 ? t('board.findNone') : t('board.findCount', { index: Math.max(0, index) + 1, count: hits.length })}
      </span>
      <button onClick={() => go(-1)} aria-label="↑">↑</button>
      <button onClick={() => go(1)} aria-label="↓">↓</button>
      <button onClick={onClose} aria-label="×">×</button>
    </div>
  );
}
