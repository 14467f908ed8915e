/** The sample responses of examples/data/segment-responses.csv, one answer per customer per week. */
export function sampleResponses(): {
  respondentId: string;
  answeredAt: string;
  market: string;
  plan: string;
  score: number;
}[];
/** The figures of docs/segments-and-trends.md: a map from their paths to their SVG text. */
export function figures(): Promise<Record<string, string>>;
/** The sentences with numbers that docs/segments-and-trends.md quotes. */
export function guideNumbers(): string[];
