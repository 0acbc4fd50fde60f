import type { CSSProperties } from 'react';

/**
 * A tenant's theme is a bag of CSS custom properties from the server. Only `--*` keys with
 * string values pass, so a theme can recolour tokens but never set arbitrary CSS properties
 * such as `position` or `background-image` on the app root.
 */
export function themeStyle(theme: Record<string, unknown> | null | undefined): CSSProperties | undefined {
  if (!theme) return undefined;
  const style: Record<string, string> = {};
  for (const [key, value] of Object.entries(theme)) {
    if (/^--[A-Za-z0-9_-]+$/.test(key) && typeof value === 'string') style[key] = value;
  }
  return Object.keys(style).length ? (style as CSSProperties) : undefined;
}
