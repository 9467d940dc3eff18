// Personas beside the map: add, edit, delete. Deleting one clears every
// reference to it (a lane's persona, the map's primary persona).
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, blankMap, cell, expectRefused, historyOf, L, ok, S } from './fixtures';

const budi = {
  role: 'Finance manager, perusahaan logistik',
  age: 38,
  bio: 'Tenggelam dalam input data manual.',
  goals: ['Laporan keuangan otomatis'],
  frustrations: ['Harga hanya lewat "hubungi sales"'],
  motivations: ['Pulang sebelum magrib'],
  channels: ['Google', 'LinkedIn', 'WhatsApp'],
  quote: 'Saya butuh angka yang bisa dipercaya.',
};

describe('adding a persona', () => {
  it('adds a persona with a name only, or with every field', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari' });
    ok(h, ops.addPersona, { id: 'ps-budi', name: 'Budi Santoso', fields: budi });
    expect(h.current.personas).toEqual([{ id: 'ps-sari', name: 'Sari' }, { id: 'ps-budi', name: 'Budi Santoso', ...budi }]);
  });

  it('writes an age of 0 (a baby is a persona too) but leaves out empty lists and texts', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-bayi', name: 'Bayi', fields: { age: 0, goals: [], quote: '' } });
    expect(h.current.personas[0]).toEqual({ id: 'ps-bayi', name: 'Bayi', age: 0 });
  });

  it('refuses a taken or malformed id, a bad name, and fields out of bounds', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari' });
    expectRefused(h, ops.addPersona, { id: 'ps-sari', name: 'Sari lagi' }, { code: 'id-taken', collection: 'personas', id: 'ps-sari' });
    expectRefused(h, ops.addPersona, { id: 'ps sari', name: 'Sari' }, { code: 'invalid', field: 'id' });
    expectRefused(h, ops.addPersona, { id: 'ps-x', name: '' }, { code: 'invalid', field: 'name' });
    expectRefused(h, ops.addPersona, { id: 'ps-x', name: 'n'.repeat(101) }, { code: 'invalid', field: 'name' });
    expectRefused(h, ops.addPersona, { id: 'ps-x', name: 'X', fields: { age: 151 } }, { code: 'invalid', field: 'age' });
    expectRefused(h, ops.addPersona, { id: 'ps-x', name: 'X', fields: { age: 30.5 } }, { code: 'invalid', field: 'age' });
    expectRefused(h, ops.addPersona, { id: 'ps-x', name: 'X', fields: { goals: Array.from({ length: 51 }, () => 'g') } }, { code: 'invalid', field: 'goals' });
    expectRefused(h, ops.addPersona, { id: 'ps-x', name: 'X', fields: { channels: ['c'.repeat(501)] } }, { code: 'invalid', field: 'channels' });
    expectRefused(h, ops.addPersona, { id: 'ps-x', name: 'X', fields: { quote: 'q'.repeat(501) } }, { code: 'invalid', field: 'quote' });
  });

  it('takes the 20th persona and refuses the 21st', () => {
    const h = historyOf();
    for (let i = 0; i < 20; i++) ok(h, ops.addPersona, { id: `ps-${i}`, name: `Persona ${i}` });
    expectRefused(h, ops.addPersona, { id: 'ps-21', name: 'One too many' }, { code: 'too-many', collection: 'personas', limit: 20 });
  });
});

describe('editing a persona', () => {
  it('changes the fields given and leaves the rest', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-budi', name: 'Budi', fields: budi });
    ok(h, ops.updatePersona, { id: 'ps-budi', fields: { name: 'Budi Santoso', age: 39, channels: ['Zoom'] } });
    expect(h.current.personas[0]).toEqual({ id: 'ps-budi', ...budi, name: 'Budi Santoso', age: 39, channels: ['Zoom'] });
  });

  it('clears an optional field given as undefined or empty', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-budi', name: 'Budi', fields: budi });
    ok(h, ops.updatePersona, { id: 'ps-budi', fields: { role: '', goals: [], age: undefined } });
    expect(h.current.personas[0]).not.toHaveProperty('role');
    expect(h.current.personas[0]).not.toHaveProperty('goals');
    expect(h.current.personas[0]).not.toHaveProperty('age');
  });

  it('refuses an unknown persona, an empty name and a bio of 2,001 characters', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-budi', name: 'Budi' });
    expectRefused(h, ops.updatePersona, { id: 'ps-ghost', fields: { name: 'Boo' } }, { code: 'not-found', collection: 'personas', id: 'ps-ghost' });
    expectRefused(h, ops.updatePersona, { id: 'ps-budi', fields: { name: '' } }, { code: 'invalid', field: 'name' });
    expectRefused(h, ops.updatePersona, { id: 'ps-budi', fields: { bio: 'b'.repeat(2001) } }, { code: 'invalid', field: 'bio' });
  });
});

describe('deleting a persona', () => {
  it('removes it and clears the lanes and primary persona that named it, keeping the lanes’ notes', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari' });
    ok(h, ops.addPersona, { id: 'ps-andi', name: 'Andi' });
    // A file may name a primary persona (the app sets none); deleting the persona clears it.
    ok(h, ops.replaceMap, { map: { ...h.current, primaryPersona: 'ps-sari' } });
    ok(h, ops.setLanePersona, { id: L.emotions, persona: 'ps-sari' });
    ok(h, ops.addLane, { id: 'ln-emotions-andi', kind: 'emotions', title: 'Emosi Andi', persona: 'ps-andi' });
    addNotes(h, L.emotions, S.purchase, ['feel']);
    ok(h, ops.deletePersona, { id: 'ps-sari' });
    expect(h.current.personas.map((p) => p.id)).toEqual(['ps-andi']);
    expect(h.current).not.toHaveProperty('primaryPersona');
    expect(h.current.lanes.find((l) => l.id === L.emotions)).not.toHaveProperty('persona');
    expect(h.current.lanes.find((l) => l.id === 'ln-emotions-andi')!.persona).toBe('ps-andi');
    expect(cell(h.current, L.emotions, S.purchase)).toEqual(['feel']);
  });

  it('leaves the map as it was before the persona came', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari', fields: { quote: 'Anak-anak sudah lelah.' } });
    // A file may name a primary persona (the app sets none); deleting the persona clears it.
    ok(h, ops.replaceMap, { map: { ...h.current, primaryPersona: 'ps-sari' } });
    ok(h, ops.setLanePersona, { id: L.thoughts, persona: 'ps-sari' });
    ok(h, ops.deletePersona, { id: 'ps-sari' });
    expect(writeCjm(h.current)).toBe(writeCjm(blankMap()));
  });

  it('refuses an unknown persona', () => {
    expectRefused(historyOf(), ops.deletePersona, { id: 'ps-ghost' }, { code: 'not-found', collection: 'personas' });
  });
});
