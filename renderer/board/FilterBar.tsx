// The filter bar (Ctrl/⌘+Shift+F, or Filter in the title bar): chips for the
// lane kinds, evidence, tags, owners and personas of the map, each with its
// number of notes, and a least number of votes. Groups combine with AND,
// chips within a group with OR; the board dims what does not match. Escape
// or × closes the bar and keeps the filter (the title bar's chip still says
// the board is filtered); "Clear filters" lets every note through again.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { EVIDENCE_FILL } from '../../shared/analysis/evidenceView';
import {
  ASSUMPTIONS_TO_CHECK,
  filterChoices,
  isFilterActive,
  NO_FILTER,
  parseMinVotes,
  toggleValue,
  type Choice,
  type NoteFilter,
} from '../../shared/analysis/noteFilter';
import type { JourneyMap } from '../../shared/format/types';
import { useBarKeys } from '../keyboard/useBarKeys';
import { useWords } from '../words';

type ListKey = 'laneKinds' | 'tags' | 'owners' | 'evidence' | 'personas';

/** The map's choices, plus any value the filter holds that the map no longer has (shown with 0, so nothing filters unseen). */
function offered<V>(choices: readonly Choice<V>[], picked: readonly V[]): Choice<V>[] {
  const missing = picked.filter((v) => !choices.some((c) => c.value === v)).map((value) => ({ value, count: 0 }));
  return [...choices, ...missing];
}

function Chip({ group, value, on, count, onToggle, children }: { group: ListKey; value: string; on: boolean; count: number; onToggle(): void; children: ReactNode }) {
  return (
    <button type="button" className="filter-chip" aria-pressed={on} data-testid="filter-chip" data-group={group} data-value={value} onClick={onToggle}>
      {children}
      <span className="filter-chip-count">{count}</span>
    </button>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="filter-group" role="group" aria-label={label}>
      <span className="filter-group-label">{label}</span>
      <div className="filter-group-chips">{children}</div>
    </div>
  );
}

export function FilterBar({
  map,
  filter,
  onFilter,
  counts,
  votesSecret = false,
  onClose,
}: {
  map: JourneyMap;
  filter: NoteFilter;
  onFilter(filter: NoteFilter): void;
  counts: { matching: number; total: number };
  /** A secret dot-voting round runs: the votes criterion rests, since what it kept would say where the dots went. */
  votesSecret?: boolean;
  onClose(): void;
}) {
  const w = useWords();
  const choices = useMemo(() => filterChoices(map), [map]);
  const bar = useRef<HTMLElement>(null);
  const [votesText, setVotesText] = useState(filter.minVotes > 0 ? String(filter.minVotes) : '');
  const votes = parseMinVotes(votesText);
  const active = isFilterActive(filter);

  // Opening the bar puts the keyboard in it.
  useEffect(() => bar.current?.querySelector<HTMLElement>('button, input')?.focus(), []);
  // The votes field follows the filter when it changes elsewhere (Clear, "assumptions to check").
  useEffect(() => {
    setVotesText((text) => {
      const typed = parseMinVotes(text);
      return typed.ok && typed.value === filter.minVotes ? text : filter.minVotes > 0 ? String(filter.minVotes) : '';
    });
  }, [filter.minVotes]);

  const toggle = <K extends ListKey>(key: K, value: NoteFilter[K][number]) => onFilter(toggleValue(filter, key, value));
  const chips = <K extends ListKey>(key: K, list: Choice<NoteFilter[K][number]>[], label: (value: NoteFilter[K][number]) => ReactNode) =>
    offered(list, filter[key] as readonly NoteFilter[K][number][]).map((c) => (
      <Chip key={String(c.value)} group={key} value={String(c.value)} count={c.count} on={(filter[key] as readonly unknown[]).includes(c.value)} onToggle={() => toggle(key, c.value)}>
        {label(c.value)}
      </Chip>
    ));
  const personaName = (id: string) => map.personas.find((p) => p.id === id)?.name ?? id;
  const hasPrivate = map.notes.some((n) => n.hidden);

  // Escape closes the bar. Plain keys belong to its buttons (Enter, Space, letters); shortcuts with Ctrl/⌘ still reach the board.
  useBarKeys(bar, onClose, { ownKeys: (event) => !event.ctrlKey && !event.metaKey });

  return (
    <section ref={bar} className="filter-bar" data-testid="filter-bar" aria-label={w.filters.title}>
      <div className="filter-head">
        <strong>{w.filters.title}</strong>
        <span className="filter-count" data-testid="filter-count" aria-live="polite">
          {w.filters.count({ matching: counts.matching, total: counts.total })}
        </span>
        <button type="button" data-testid="filter-assumptions" title={w.filters.assumptionsHint} onClick={() => onFilter(ASSUMPTIONS_TO_CHECK)}>
          {w.filters.assumptions}
        </button>
        <button type="button" data-testid="filter-clear" disabled={!active} onClick={() => onFilter(NO_FILTER)}>
          {w.filters.clear}
        </button>
        <span className="spacer" />
        <button type="button" data-testid="filter-close" aria-label={w.filters.close} title={w.filters.close} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="filter-groups">
        <Group label={w.filters.laneKinds}>{chips('laneKinds', choices.laneKinds, (kind) => w.laneKinds[kind])}</Group>
        <Group label={w.filters.evidence}>
          {chips('evidence', choices.evidence, (level) => (
            <>
              <span className="evidence-swatch" style={{ background: EVIDENCE_FILL[level] }} aria-hidden="true" />
              {w.filters.levels[level]}
            </>
          ))}
        </Group>
        {(choices.tags.length > 0 || filter.tags.length > 0) && <Group label={w.filters.tags}>{chips('tags', choices.tags, (tag) => tag)}</Group>}
        {(choices.owners.length > 0 || filter.owners.length > 0) && (
          <Group label={w.filters.owners}>{chips('owners', choices.owners, (owner) => (owner === '' ? <em>{w.filters.noOwner}</em> : owner))}</Group>
        )}
        {(choices.personas.length > 0 || filter.personas.length > 0) && <Group label={w.filters.personas}>{chips('personas', choices.personas, personaName)}</Group>}
        <Group label={w.filters.votes}>
          <button
            type="button"
            className="filter-chip"
            aria-pressed={filter.minVotes >= 1}
            disabled={votesSecret}
            data-testid="filter-voted"
            onClick={() => onFilter({ ...filter, minVotes: filter.minVotes >= 1 ? 0 : 1 })}
          >
            {w.filters.votedOn}
          </button>
          <label className="filter-votes">
            {w.filters.votesAtLeast}
            <input
              type="text"
              inputMode="numeric"
              size={4}
              data-testid="filter-votes"
              disabled={votesSecret}
              aria-invalid={!votes.ok}
              aria-describedby={votes.ok ? undefined : 'filter-votes-error'}
              value={votesText}
              placeholder="0"
              onChange={(event) => {
                setVotesText(event.target.value);
                const parsed = parseMinVotes(event.target.value);
                if (parsed.ok && parsed.value !== filter.minVotes) onFilter({ ...filter, minVotes: parsed.value });
              }}
            />
            {w.filters.votesUnit}
          </label>
          {votesSecret && (
            <span className="muted" data-testid="filter-votes-secret">
              {w.filters.votesSecret}
            </span>
          )}
          {!votes.ok && (
            <span id="filter-votes-error" className="filter-error" role="alert" data-testid="filter-votes-error">
              {w.filters.votesInvalid({ value: votesText.trim() })}
            </span>
          )}
        </Group>
      </div>
      <p className="filter-hint muted">
        {w.filters.combineHint}
        {hasPrivate ? ` ${w.filters.privateHint}` : ''}
      </p>
    </section>
  );
}
