/** The guides that have figures: one module scripts/figures/<guide>.mjs each. */
export const guides: readonly string[];
/** The repository root. */
export const root: string;
/** Every figure of every listed guide: a map from its path (relative to the root) to its SVG text. */
export function renderFigures(): Promise<Record<string, string>>;
