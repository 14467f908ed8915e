// Every CDNOW number stated in docs/lifetime-value.md, recomputed from the fixture with the
// library, so that the guide cannot drift from what the library returns.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bgNbdExpectedPurchases,
  bgNbdNewCustomerPurchases,
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedValue,
  lifetimeValues,
  rfmGroups,
  rfmSummary,
} from "../../src/index.js";
import { cdnowTransactions } from "../models/cdnow.js";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "lifetime-value.md"), "utf8").replace(
  /\s+/g,
  " ",
);
const calibration = { observationEnd: "1997-09-30", unit: "week" } as const;
const transactions = cdnowTransactions();
const customers = rfmSummary(transactions, calibration);
const bgNbd = fitBgNbd(rfmGroups(transactions, calibration))!;
const gammaGamma = fitGammaGamma(customers)!;
const thousands = (x: number): string => Math.round(x).toLocaleString("en-US");
/** Asserts the guide says `text` (named in the failure, without printing the whole guide). */
const says = (text: string): void => expect(doc.includes(text), text).toBe(true);

describe("docs/lifetime-value.md on the CDNOW sample", () => {
  it("states the summary's counts", () => {
    const zero = customers.filter((c) => c.frequency === 0).length;
    says(`${thousands(zero)} of the ${thousands(customers.length)} customers made no repeat purchase`);
    says(`into ${thousands(rfmGroups(transactions, calibration).length)} groups`);
  });

  it("states the BG/NBD and Gamma-Gamma estimates as fitted", () => {
    const { r, alpha, a, b, logLikelihood } = bgNbd;
    const ll = (-logLikelihood).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    says(
      `r = ${r.toFixed(3)}, α = ${alpha.toFixed(3)}, a = ${a.toFixed(3)}, b = ${b.toFixed(3)} ` +
        `and log-likelihood −${ll}`,
    );
    says(`p = ${gammaGamma.p.toFixed(2)}, q = ${gammaGamma.q.toFixed(2)}, γ = ${gammaGamma.gamma.toFixed(2)}`);
    says(`On the ${gammaGamma.customers} CDNOW repeat buyers`);
  });

  it("states how many customers are more likely gone than active", () => {
    const gone = customers.filter((c) => bgNbdProbabilityAlive(bgNbd, c) < 0.5).length;
    says(`customers, ${gone} are more likely gone than active`);
  });

  it("states the expected and actual purchases of the 39 weeks after calibration, and the week-78 gap", () => {
    const expected = customers.reduce((n, c) => n + bgNbdExpectedPurchases(bgNbd, c, { periods: 39 }), 0);
    const holdout = rfmSummary(transactions, {
      calibrationEnd: "1997-09-30",
      observationEnd: "1998-06-30",
      unit: "week",
    });
    const actual = holdout.reduce((n, c) => n + c.holdoutFrequency!, 0);
    says(
      `expects ${thousands(expected)} repeat purchases from the 2,357 customers ` +
        `in the 39 weeks after calibration; they made ${thousands(actual)}`,
    );
    // week 78 ends on day 545 after 1997-01-01 (1998-06-30); each customer forecast from their first day
    const repeats78 = rfmSummary(transactions, { observationEnd: "1998-06-30", unit: "day" }).reduce(
      (n, c) => n + c.frequency,
      0,
    );
    const forecast78 = customers.reduce(
      (n, c) => n + bgNbdNewCustomerPurchases(bgNbd, { periods: (545 - (272 - Math.round(c.age * 7))) / 7 }),
      0,
    );
    says(`falls short by about ${Math.round((100 * (repeats78 - forecast78)) / repeats78)} % by week 78`);
  });

  it("states the expected spend of a new customer and of customer 1", () => {
    says(`γp/(q − 1) = $${gammaGammaExpectedValue(gammaGamma, { frequency: 0 }).toFixed(2)}`);
    says(`is expected to spend $${gammaGammaExpectedValue(gammaGamma, customers[0]!).toFixed(2)} a purchase`);
  });

  it("states the cohort's value, its top decile's share and the spend-frequency correlation", () => {
    const values = lifetimeValues({ bgNbd, gammaGamma }, customers, {
      periods: 12,
      periodLength: 52 / 12,
      discountPercent: 1,
      marginPercent: 30,
    });
    const total = values.reduce((s, v) => s + v, 0);
    const top = [...values]
      .sort((x, y) => y - x)
      .slice(0, Math.round(values.length / 10))
      .reduce((s, v) => s + v, 0);
    says(
      `customers are worth $${thousands(total)}, ` +
        `and the most valuable tenth of them holds ${Math.round((100 * top) / total)} %`,
    );
    const repeat = customers.filter((c) => c.frequency > 0);
    const mean = (f: (c: (typeof repeat)[number]) => number): number =>
      repeat.reduce((s, c) => s + f(c), 0) / repeat.length;
    const mx = mean((c) => c.frequency);
    const mz = mean((c) => c.monetaryValue!);
    const cov = mean((c) => (c.frequency - mx) * (c.monetaryValue! - mz));
    const correlation =
      cov / Math.sqrt(mean((c) => (c.frequency - mx) ** 2) * mean((c) => (c.monetaryValue! - mz) ** 2));
    says(`mean spend is ${correlation.toFixed(2)}`);
  });
});
