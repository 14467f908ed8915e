import { readShares, type Shares } from "./proportionFamily.js";
import { readRating, readScaleOption, type Scale } from "./ratingScale.js";
import type { Fields } from "./readers.js";
import { renamed } from "./segments.js";
import { readSurveyInput } from "./surveyInput.js";
import { countSurveyRatings } from "./surveyRatings.js";

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
    cutValue === undefined ? scale.max - 1 : readRating(metric, "options.satisfiedAtLeast", cutValue, scale);
  cutOn(readScaleOption(metric, scaleValue, DEFAULT_SCALE));
  return (value, field) => {
    const survey = readSurveyInput(metric, field, value, { tally: true, counts: true });
    if (survey.kind === "counts") return readShares(metric, field, survey.fields, ["satisfied", "responses"]);
    const { scale, counts } = renamed(metric, field, () =>
      countSurveyRatings(metric, survey, scaleValue, DEFAULT_SCALE, "error"),
    );
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
