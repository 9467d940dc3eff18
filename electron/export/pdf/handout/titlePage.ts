// The handout's first page (and more if it runs long): the map's title and
// type, its goal and scenario, the personas with their roles and goals, and
// the emotion curve of each emotions lane.
import { emotionCurves } from '../../../../shared/analysis/emotion';
import type { Persona } from '../../../../shared/format/types';
import { localeOf, type Language } from '../../../../shared/i18n/languages';
import { curveColor } from '../../../../shared/layout/emotionCurveItems';
import { lineHeight, type FontSpec } from '../../../../shared/layout/textMetrics';
import { drawLine } from '../drawText';
import { INK, MUTED } from '../furniture';
import type { PageContext } from '../pageContext';
import { CHART_HEIGHT, drawEmotionChart } from './emotionChart';
import type { Flow } from './flow';
import { personaInitials } from '../../../../shared/layout/personaInitials';

export const FONTS = {
  title: { weight: 600, size: 22 },
  heading: { weight: 600, size: 12 },
  subheading: { weight: 600, size: 9.5 },
  body: { weight: 400, size: 9.5 },
  small: { weight: 400, size: 8 },
} as const satisfies Record<string, FontSpec>;

const PHOTO = 34;

function signedMean(mean: number, language: Language): string {
  const rounded = Math.round(mean * 10) / 10;
  const figure = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(Math.abs(rounded));
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${figure}`;
}

function section(flow: Flow, title: string, firstBlock: number): void {
  flow.gap(10);
  flow.ensure(lineHeight(FONTS.heading) + firstBlock);
  drawLine(flow.ctx, title, flow.left, flow.y, { font: FONTS.heading, color: INK });
  flow.y += lineHeight(FONTS.heading) + 3;
}

export function drawTitlePage(page: PageContext, flow: Flow): void {
  const { prepared, words, ctx, options } = page;
  const { map, theme, layout } = prepared;
  flow.paragraph(map.title, FONTS.title, INK);
  flow.gap(2);
  flow.paragraph(`${words.mapType}: ${page.mapType}`, FONTS.body, MUTED);
  if (map.goal?.trim()) {
    section(flow, words.goal, lineHeight(FONTS.body));
    flow.paragraph(map.goal, FONTS.body, INK);
  }
  if (map.scenario?.trim()) {
    section(flow, words.scenario, lineHeight(FONTS.body));
    flow.paragraph(map.scenario, FONTS.body, INK);
  }
  if (map.personas.length > 0) {
    section(flow, words.personas, PHOTO);
    map.personas.forEach((persona, i) => {
      if (i > 0) flow.gap(8);
      drawPersona(page, flow, persona, theme.curve[i % theme.curve.length]!);
    });
  }
  const curves = emotionCurves(map);
  if (curves.length > 0) {
    section(flow, words.emotionCurve, lineHeight(FONTS.subheading) + CHART_HEIGHT);
    const personaName = new Map(map.personas.map((p) => [p.id, p.name]));
    curves.forEach((curve, i) => {
      if (i > 0) flow.gap(8);
      flow.ensure(lineHeight(FONTS.subheading) + CHART_HEIGHT);
      const persona = curve.lane.persona ? personaName.get(curve.lane.persona) : undefined;
      // "Emotions: Maya" already names Maya Chen; a lane titled otherwise gets the persona's name after it.
      const named = persona !== undefined && curve.lane.title.includes(persona.split(/\s+/)[0] ?? persona);
      const title = persona && !named ? `${curve.lane.title} · ${persona}` : curve.lane.title;
      drawLine(ctx, title, flow.left, flow.y, { font: FONTS.subheading, color: INK });
      flow.y += lineHeight(FONTS.subheading);
      const row = layout.rowOf.get(curve.lane.id)!;
      drawEmotionChart(ctx, curve, map.stages, flow.left, flow.y, flow.width, {
        color: curveColor(layout, row, theme),
        gridColor: theme.gridLine,
        zeroColor: theme.curveNeutral,
        formatMean: (mean) => signedMean(mean, options.language),
        noScore: words.noScoredEmotion,
      });
      flow.y += CHART_HEIGHT;
    });
  }
}

function drawPersona(page: PageContext, flow: Flow, persona: Persona, color: string): void {
  const { ctx, words } = page;
  const { doc } = ctx;
  const indent = PHOTO + 10;
  flow.ensure(Math.max(PHOTO, lineHeight(FONTS.subheading) * 2));
  const top = flow.y;
  const startPage = flow.pages;
  const cx = flow.left + PHOTO / 2;
  const cy = top + PHOTO / 2;
  const image = persona.photo ? ctx.images.get(persona.photo) : null;
  if (image) {
    doc.save();
    doc.circle(cx, cy, PHOTO / 2).clip();
    doc.image(image as unknown as Buffer, flow.left, top, { width: PHOTO, height: PHOTO });
    doc.restore();
  } else {
    doc.circle(cx, cy, PHOTO / 2).fill(color);
    drawLine(ctx, personaInitials(persona.name), flow.left, cy - lineHeight(FONTS.heading) / 2, { font: FONTS.heading, color: '#FFFFFF', align: 'center', width: PHOTO });
  }
  flow.paragraph(persona.name, FONTS.subheading, INK, indent);
  const about = [persona.role, persona.age !== undefined ? words.age(persona.age) : undefined].filter(Boolean).join(' · ');
  if (about) flow.paragraph(about, FONTS.body, MUTED, indent);
  const goals = persona.goals?.filter((g) => g.trim()) ?? [];
  if (goals.length > 0) {
    flow.gap(2);
    flow.paragraph(`${words.personaGoals}:`, FONTS.small, MUTED, indent);
    for (const goal of goals) bullet(flow, goal, FONTS.body, INK, indent);
  }
  if (persona.quote?.trim()) {
    flow.gap(2);
    flow.paragraph(`“${persona.quote.trim()}”`, FONTS.body, MUTED, indent);
  }
  if (flow.pages === startPage) flow.y = Math.max(flow.y, top + PHOTO);
}

/** A "•" and a paragraph hanging after it. */
export function bullet(flow: Flow, text: string, font: FontSpec, color: string, indent: number): void {
  flow.ensure(lineHeight(font));
  drawLine(flow.ctx, '•', flow.left + indent, flow.y, { font, color: MUTED });
  flow.paragraph(text, font, color, indent + 9);
}
