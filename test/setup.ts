import fc from "fast-check";

// A fixed seed makes property runs repeatable (and mutation scores stable) when FC_SEED is set;
// by default every run explores new cases.
const seed = process.env["FC_SEED"];
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
