// Where quick capture puts a note, from the first letters of a stage and a
// lane, on the two samples' real titles (English and Indonesian).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format/reader';
import { fold, matchWhere, type Titled, type WhereMatch } from '../../../../renderer/workshop/capture/matchWhere';

function sample(name: string): { stages: Titled[]; lanes: Titled[] } {
  const read = readCjm(readFileSync(join(import.meta.dirname, '../../../../shared/samples', name), 'utf8'));
  if (!read.ok) throw new Error(`${name} does not read`);
  return { stages: read.map.stages, lanes: read.map.lanes };
}

const b2b = sample('b2b-software-purchase.en.cjm');
const hotel = sample('hotel-check-in.id.cjm');

/** The match as "Stage × Lane" titles (a dash for a part left to the default), or the problem in short. */
function where(typed: string, map = b2b): string {
  const m: WhereMatch = matchWhere(typed, map.stages, map.lanes);
  switch (m.kind) {
    case 'empty':
      return 'empty';
    case 'cell':
      return `${m.stage?.title ?? '-'} × ${m.lane?.title ?? '-'}`;
    case 'problem':
      return `${m.part} ${m.match.kind} "${m.typed}"${m.match.kind === 'many' ? `: ${m.match.items.map((i) => i.title).join(' | ')}` : ''}`;
    case 'ambiguous':
      return `ambiguous: ${m.cells.map((c) => `${c.stage.title} × ${c.lane.title}`).join(' | ')}`;
  }
}

describe('quick capture: where', () => {
  it('reads the first letters of a stage, then of a lane', () => {
    expect(where('aw pa')).toBe('Awareness × Pain points');
    expect(where('AW PA')).toBe('Awareness × Pain points');
    expect(where('  con   opp ')).toBe('Consideration × Opportunities');
    expect(where('ret met')).toBe('Retention & renewal × Metrics');
  });

  it('takes any word of a title, several in order', () => {
    expect(where('renewal thoughts')).toBe('Retention & renewal × Thoughts');
    expect(where('dec app cust act')).toBe('Decision & approval × Customer actions');
    expect(where('on emo dav')).toBe('Onboarding × Emotions: David');
    expect(where('adv sec')).toBe('Advocacy × Backstage: Ops, Finance, Security');
  });

  it('works on an Indonesian map, diacritics and case aside', () => {
    expect(where('kes hamb', { stages: [{ id: 's1', title: 'Kesadaran' }], lanes: hotel.lanes })).toBe('Kesadaran × Poin hambatan');
    expect(where('pem hamb', hotel)).toBe('Pemesanan × Poin hambatan');
    expect(where('lobi pel', hotel)).toBe('Lobi & check-in × Peluang');
    expect(where('check tit', hotel)).toBe('Lobi & check-in × Titik kontak');
    expect(where('pra pik', hotel)).toBe('Pra-kedatangan × Pikiran tamu');
    expect(where('kés hámb', { stages: [{ id: 's1', title: 'Kesadaran' }], lanes: hotel.lanes })).toBe('Kesadaran × Poin hambatan');
    expect(where('kes hamb', { stages: [{ id: 's1', title: 'Késadaran' }], lanes: hotel.lanes })).toBe('Késadaran × Poin hambatan');
    expect(fold('Tahapan Pengenalan – ÉTÉ')).toBe('tahapan pengenalan – ete');
  });

  it('prefers the title whose first word fits when several do', () => {
    // "su" starts "Support systems" and also "Success" inside the frontstage lane's title.
    expect(where('aw su')).toBe('Awareness × Support systems');
    expect(where('aw front')).toBe('Awareness × Frontstage: Sales & Customer Success');
  });

  it('says when a part fits several titles, naming them', () => {
    expect(where('aw emo')).toBe('lane many "emo": Emotions: Maya | Emotions: David');
    expect(where('aw em')).toBe('lane many "em": Emotions: Maya | Emotions: David');
    // "a" starts Awareness, Advocacy and the "approval" of Decision & approval.
    expect(where('a pa')).toBe('stage many "a": Awareness | Decision & approval | Advocacy');
  });

  it('says when nothing fits, and which part', () => {
    expect(where('aw zz')).toBe('lane none "zz"');
    expect(where('zz pa')).toBe('stage none "zz"');
    expect(where('zz')).toBe('stage none "zz"');
    expect(where('zz yy')).toBe('stage none "zz"');
    expect(where('aw pa zz')).toBe('lane none "pa zz"');
  });

  it('takes only a stage or only a lane, the other part from the default', () => {
    expect(where('aw')).toBe('Awareness × -');
    expect(where('pain')).toBe('- × Pain points');
    expect(where('decision approval')).toBe('Decision & approval × -');
    expect(where('pain points')).toBe('- × Pain points');
    expect(where('/ pa')).toBe('- × Pain points');
    expect(where('aw /')).toBe('Awareness × -');
    expect(where('')).toBe('empty');
    expect(where('   ')).toBe('empty');
    expect(where(' / ')).toBe('empty');
  });

  it('takes a / (or , | ×) between stage and lane to settle the split', () => {
    expect(where('aw / pa')).toBe('Awareness × Pain points');
    expect(where('dec app, cust act')).toBe('Decision & approval × Customer actions');
    expect(where('on | emo da')).toBe('Onboarding × Emotions: David');
    expect(where('aw × zz')).toBe('lane none "zz"');
    expect(where('zz / pa')).toBe('stage none "zz"');
  });

  it('says when the words split into a stage and a lane in more than one way', () => {
    const stages = [{ id: 's1', title: 'Buy' }, { id: 's2', title: 'Buy online' }];
    const lanes = [{ id: 'l1', title: 'Online notes' }, { id: 'l2', title: 'Notes' }];
    expect(where('buy onl not', { stages, lanes })).toBe('ambiguous: Buy × Online notes | Buy online × Notes');
    expect(where('buy / onl not', { stages, lanes })).toBe('Buy × Online notes');
    expect(where('buy onl / not', { stages, lanes })).toBe('Buy online × Notes');
  });
});
