// The board's colours: calm, professional, readable from the back of a room.
// Every note colour keeps dark text at WCAG AA contrast (4.5:1 or better);
// a colour a user picks gets dark or white text, whichever reads better.
import type { LaneKind } from '../format/types';

export interface Theme {
  background: string;
  laneBandEven: string;
  laneBandOdd: string;
  gridLine: string;
  headerFill: string;
  headerText: string;
  headerSubtleText: string;
  noteText: string;
  noteBorder: string;
  noteFill: Record<LaneKind, string>;
  hiddenNoteFill: string;
  curve: readonly string[];
  curveNeutral: string;
  blueprintLine: string;
  selection: string;
  markText: string;
}

export const LIGHT_THEME: Theme = {
  background: '#F4F6F8',
  laneBandEven: '#FFFFFF',
  laneBandOdd: '#F7F8FA',
  gridLine: '#DDE2E8',
  headerFill: '#1F2A37',
  headerText: '#FFFFFF',
  headerSubtleText: '#C9D2DC',
  noteText: '#1B2430',
  noteBorder: '#C4CCD6',
  noteFill: {
    actions: '#DCEAFE',
    touchpoints: '#DDF3E4',
    thoughts: '#EDE4FF',
    emotions: '#FFEFD2',
    'pain-points': '#FFDCDC',
    opportunities: '#D3F2E8',
    frontstage: '#E2ECF8',
    backstage: '#ECE8E1',
    support: '#E7E7EF',
    evidence: '#FFF4BF',
    metrics: '#DDF0FB',
    text: '#FFFFFF',
  },
  hiddenNoteFill: '#8A96A3',
  // Persona curves: strong, distinct, readable on white at 4 px.
  curve: ['#1D4ED8', '#C2410C', '#047857', '#7E22CE', '#B91C1C', '#0E7490'],
  curveNeutral: '#AEB8C4',
  blueprintLine: '#52606D',
  selection: '#2563EB',
  markText: '#3E4C59',
};

/**
 * On a projector, washed out by the room's light: darker grid lines and card
 * borders, black text, stronger lane bands, bolder curve neutral. The note
 * colours stay (people know their lanes by colour), each still AA with black.
 */
export const PROJECTOR_THEME: Theme = {
  ...LIGHT_THEME,
  background: '#FFFFFF',
  laneBandEven: '#FFFFFF',
  laneBandOdd: '#EEF1F5',
  gridLine: '#9AA5B1',
  headerFill: '#0B1220',
  headerSubtleText: '#E4E9EF',
  noteText: '#000000',
  noteBorder: '#5B6B7B',
  hiddenNoteFill: '#6B7785',
  curveNeutral: '#7B8794',
  blueprintLine: '#1F2933',
  markText: '#1F2933',
};

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2) of a `#RRGGBB` colour. */
function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text colour on `fill`: the theme's dark ink when it reads at WCAG AA
 * (4.5:1), else whichever of black and white contrasts more.
 */
export function textColorOn(fill: string, theme: Theme): string {
  if (contrastRatio(fill, theme.noteText) >= 4.5) return theme.noteText;
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
}
