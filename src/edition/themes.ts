/** Theme colours, shared by the models (booth accents), the plan and the interface. sRGB hex. */
import type { Theme } from './schema.ts';

export const THEME_COLORS: Record<Theme, string> = {
  forensics: '#2e7d6b',
  intervention: '#1d3f73',
  technology: '#2f6fd0',
  recruitment: '#c9a13b',
  training: '#6b4fa0',
  social: '#d07a2f',
  'identity-borders': '#0f7a8a',
  'security-professions': '#3b5f8f',
  'human-rights': '#b8453b',
  'road-safety': '#d9a400',
};
