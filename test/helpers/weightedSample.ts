// The generated survey sample behind the weighted-response tests, and R's values on it.

// 60 generated respondents (Python's random.Random(18); plan, region, NPS score, CSAT rating,
// weight), the data behind the R reference values below, computed once with R 4 and the survey
// package 4 (Debian r-cran-survey) from the same rows written to a CSV:
//   d$nps <- ifelse(d$score >= 9, 100, ifelse(d$score <= 6, -100, 0)); d$sat <- 100 * (d$rating >= 4)
//   des <- svydesign(ids = ~1, weights = ~w, data = d); svymean(~nps, des); svymean(~sat, des)
//   des1 <- svydesign(ids = ~1, data = d)
//   plan.pop <- data.frame(plan = c("free", "pro", "enterprise"), Freq = c(50, 30, 20) / 100 * nrow(d))
//   region.pop <- data.frame(region = c("EU", "AM", "APAC"), Freq = c(40, 40, 20) / 100 * nrow(d))
//   r <- rake(des1, list(~plan, ~region), list(plan.pop, region.pop), control = list(maxit = 1000, epsilon = 1e-15))
//   weights(r); svymean(~nps, r); svymean(~sat, r)
export const ROWS: readonly (readonly [string, string, number, number, number])[] = [
  ["free", "AM", 5, 2, 1],
  ["enterprise", "AM", 2, 4, 1.5],
  ["free", "EU", 4, 1, 1.5],
  ["free", "AM", 2, 2, 1],
  ["free", "AM", 9, 5, 1],
  ["pro", "APAC", 7, 2, 1.5],
  ["free", "EU", 6, 2, 2],
  ["free", "AM", 8, 3, 1.5],
  ["free", "EU", 1, 3, 2],
  ["free", "AM", 7, 2, 1],
  ["free", "AM", 6, 2, 2],
  ["free", "AM", 3, 5, 1.5],
  ["free", "EU", 10, 5, 2],
  ["free", "EU", 2, 4, 0.5],
  ["free", "EU", 5, 2, 2],
  ["pro", "APAC", 10, 5, 0.5],
  ["enterprise", "EU", 1, 4, 2],
  ["pro", "EU", 6, 2, 1.5],
  ["pro", "AM", 5, 2, 1.5],
  ["free", "APAC", 4, 2, 2],
  ["enterprise", "AM", 0, 5, 2],
  ["free", "EU", 10, 4, 0.5],
  ["free", "AM", 7, 5, 0.5],
  ["free", "AM", 4, 4, 2],
  ["free", "AM", 6, 2, 1],
  ["free", "AM", 5, 3, 2],
  ["free", "APAC", 5, 5, 1],
  ["enterprise", "AM", 3, 3, 0.5],
  ["free", "AM", 3, 2, 1.5],
  ["free", "EU", 5, 3, 0.5],
  ["pro", "APAC", 2, 4, 2],
  ["pro", "EU", 8, 1, 1.5],
  ["enterprise", "APAC", 0, 5, 1.5],
  ["free", "EU", 4, 2, 1.5],
  ["free", "AM", 7, 1, 0.5],
  ["pro", "EU", 10, 3, 3.25],
  ["pro", "AM", 1, 2, 0.5],
  ["pro", "APAC", 5, 2, 0.5],
  ["free", "APAC", 10, 4, 3.25],
  ["pro", "AM", 6, 4, 1.5],
  ["free", "EU", 10, 2, 1],
  ["free", "EU", 5, 1, 3.25],
  ["free", "EU", 8, 2, 1.5],
  ["free", "EU", 7, 3, 0.5],
  ["free", "AM", 8, 2, 1.5],
  ["free", "APAC", 9, 2, 3.25],
  ["free", "EU", 9, 3, 3.25],
  ["free", "EU", 4, 5, 0.5],
  ["free", "AM", 8, 5, 1],
  ["free", "APAC", 4, 2, 1],
  ["free", "APAC", 2, 1, 2],
  ["free", "EU", 1, 4, 2],
  ["free", "AM", 5, 3, 2],
  ["free", "EU", 10, 3, 3.25],
  ["free", "APAC", 5, 2, 0.5],
  ["pro", "AM", 9, 2, 2],
  ["free", "EU", 4, 3, 1],
  ["free", "APAC", 5, 2, 1.5],
  ["free", "EU", 3, 1, 1.5],
  ["free", "EU", 2, 5, 1],
];
export const TARGETS: { plan: Record<string, number>; region: Record<string, number> } = {
  plan: { free: 50, pro: 30, enterprise: 20 },
  region: { EU: 40, AM: 40, APAC: 20 },
};
export const R: {
  weightedNps: number;
  weightedNpsSe: number;
  weightedSat: number;
  rakeWeights: readonly number[];
  rakedNps: number;
  rakedNpsSe: number;
  rakedSat: number;
} = {
  weightedNps: -36.464088397790057,
  weightedNpsSe: 14.030567272485106,
  weightedSat: 30.662983425414367,
  rakeWeights: [
    0.64368979919150004, 2.3803279968408937, 0.7657614837900365, 0.64368979919150004, 0.64368979919150004,
    1.3967481364269578, 0.7657614837900365, 0.64368979919150004, 0.7657614837900365, 0.64368979919150004,
    0.64368979919150004, 0.64368979919150004, 0.7657614837900365, 0.7657614837900365, 0.7657614837900365,
    1.3967481364269578, 2.8317420923204191, 1.9510094106262825, 1.6399948056033298, 0.5482166921419086,
    2.3803279968408937, 0.7657614837900365, 0.64368979919150004, 0.64368979919150004, 0.64368979919150004,
    0.64368979919150004, 0.5482166921419086, 2.3803279968408937, 0.64368979919150004, 0.7657614837900365,
    1.3967481364269578, 1.9510094106262825, 2.0272739171568994, 0.7657614837900365, 0.64368979919150004,
    1.9510094106262825, 1.6399948056033298, 1.3967481364269578, 0.5482166921419086, 1.6399948056033298,
    0.7657614837900365, 0.7657614837900365, 0.7657614837900365, 0.7657614837900365, 0.64368979919150004,
    0.5482166921419086, 0.7657614837900365, 0.7657614837900365, 0.64368979919150004, 0.5482166921419086,
    0.5482166921419086, 0.7657614837900365, 0.64368979919150004, 0.7657614837900365, 0.5482166921419086,
    1.6399948056033298, 0.7657614837900365, 0.5482166921419086, 0.7657614837900365, 0.7657614837900365,
  ],
  rakedNps: -50.242024633422574,
  rakedNpsSe: 9.9193746478933633,
  rakedSat: 38.271023940996479,
};

/** `|actual / expected - 1|`: the relative difference from a reference value. */
export const relative = (actual: number | undefined, expected: number): number => Math.abs(actual! / expected - 1);
export const scores: number[] = ROWS.map((r) => r[2]);
export const ratings: number[] = ROWS.map((r) => r[3]);
export const weights: number[] = ROWS.map((r) => r[4]);
export const respondents: { plan: string; region: string }[] = ROWS.map(([plan, region]) => ({ plan, region }));
