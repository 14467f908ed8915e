import { readShares, type Shares } from "./proportionFamily.js";
import { type Fields } from "./readers.js";
import { ratingOption, type Scale, scaleOption } from "./ratings.js";
import { renamed } from "./segments.js";
import { countRatings, isTally } from "./tally.js";

const DEFAULT_SCALE: Scale = { min: 1, max: 5 };

/**
 * A reader of one group's CSAT input, as `csat` reads it: raw ratings or a tally (satisfied at or
 * above `options.satisfiedAtLeast`, by default the top two points of the scale), or counts
 * `{ satisfied, responses }`. The options are checked when the reader is made, before any input;
 * errors about a group's ratings name the group (`segments.north[3]`).
 */
export function csatReader(metric: string, o: Fields): (value: unknown, field: string) => Shares {
  const scaleValue = o["scale"];
  const cutValue = o["satisfiedAtLeast"];
  const cutOn = (scale: Scale): number =>
    cutValue === undefined ? scale.max - 1 : ratingOption(metric, "options.satisfiedAtLeast", cutValue, scale);
  cutOn(scaleOption(metric, scaleValue, DEFAULT_SCALE));
  return (value, field) => {
    const isCounts = typeof value === "object" && value !== null && !isTally(value) && !(Symbol.iterator in value) && !("length" in value);
    if (isCounts) {
      const { successes, trials } = readShares(metric, field, value, ["satisfied", "responses"]);
      return { successes, trials };
    }
    const { scale, counts } = renamed(metric, field, () => countRatings(metric, value, scaleValue, DEFAULT_SCALE));
    const cut = cutOn(scale);
    let successes = 0;
    let trials = 0;
    for (let k = 0; k < counts.length; k++) {
      trials += counts[k]!;
      if (k + scale.min >= cut) successes += counts[k]!;
    }
    return { successes, trials };
  };
}
