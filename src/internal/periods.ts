/** The calendar periods that cohorts are grouped by, all in UTC. */
export type PeriodKind = "month" | "week" | "quarter" | "year";

/** The period kinds, in the order the documentation lists them. */
export const PERIOD_KINDS: readonly PeriodKind[] = ["month", "week", "quarter", "year"];

/**
 * The year, month (1-12) and day of a UTC day number (days since 1970-01-01), by Howard
 * Hinnant's `civil_from_days` ("chrono-Compatible Low-Level Date Algorithms", 2013): plain
 * integer arithmetic, no `Date` object, valid for every day a `Date` can hold.
 */
export function civilFromDays(day: number): { year: number; month: number; dayOfMonth: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The UTC day number of a year, month (1-12) and day: Hinnant's `days_from_civil`. */
export function daysFromCivil(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonth - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * The index of the period that contains `day`: consecutive periods have consecutive indexes.
 * Months count from year 0 (`12 * year + month - 1`), quarters likewise, years are the year, and
 * ISO weeks (Monday to Sunday) count from the week of 1970-01-01, a Thursday.
 */
export function periodOf(kind: PeriodKind, day: number): number {
  if (kind === "week") return Math.floor((day + 3) / 7);
  const months = monthIndex(day);
  if (kind === "month") return months;
  if (kind === "quarter") return Math.floor(months / 3);
  return Math.floor(months / 12);
}

/**
 * `12 * year + month - 1` for a UTC day number: `civilFromDays` without the day of the month and
 * without building an object (periodOf runs twice per customer; this halved its time).
 */
function monthIndex(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const mp = Math.floor((5 * (doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))) + 2) / 153);
  // mp counts months from March; January and February belong to the next civil year.
  return 12 * (yoe + era * 400) + mp + 2;
}

/** The first day (UTC day number) of the period with index `index`. */
export function startOfPeriod(kind: PeriodKind, index: number): number {
  if (kind === "week") return 7 * index - 3;
  if (kind === "year") return daysFromCivil(index, 1, 1);
  const months = kind === "month" ? index : 3 * index;
  return daysFromCivil(Math.floor(months / 12), months - 12 * Math.floor(months / 12) + 1, 1);
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * The label of a period: `"2026-01"`, `"2026-W05"` (the ISO week-numbering year, which is the
 * year of the week's Thursday, and the week number), `"2026-Q1"` or `"2026"`.
 */
export function periodLabel(kind: PeriodKind, index: number): string {
  if (kind === "week") {
    const thursday = 7 * index;
    const { year } = civilFromDays(thursday);
    return `${pad(year, 4)}-W${pad(Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1, 2)}`;
  }
  if (kind === "year") return pad(index, 4);
  const perYear = kind === "month" ? 12 : 4;
  const year = Math.floor(index / perYear);
  const within = index - perYear * year + 1;
  return kind === "month" ? `${pad(year, 4)}-${pad(within, 2)}` : `${pad(year, 4)}-Q${within}`;
}

const LABEL: Readonly<Record<PeriodKind, RegExp>> = {
  month: /^(\d{4})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  quarter: /^(\d{4})-Q(\d)$/,
  year: /^(\d{4})()$/,
};

/**
 * The index of the period a label names, or `undefined` when the label is not one of `kind`
 * (wrong form, month 13, week 53 of a year with 52 ISO weeks): a label is accepted only when it
 * is exactly the label of the index it parses to.
 */
export function parsePeriod(kind: PeriodKind, label: string): number | undefined {
  const match = LABEL[kind].exec(label);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const n = Number(match[2]);
  const index =
    kind === "month"
      ? 12 * year + n - 1
      : kind === "quarter"
        ? 4 * year + n - 1
        : kind === "year"
          ? year
          : periodOf("week", daysFromCivil(year, 1, 4)) + n - 1; // 4 January is always in week 1
  return periodLabel(kind, index) === label ? index : undefined;
}
