// The machinery of the contract suite: where a hostile change can go in a function's arguments,
// the changes themselves, how an error's field is matched to the change, and how an input is
// fingerprinted (to prove it was not mutated) without running any getter or proxy trap.
import fc from "fast-check";

/** A step into a value: an object key, an array index, or a Map key (`{ mapKey }`). */
export type Step = string | number | { readonly mapKey: unknown };
/** Where a value sits in the argument list: the argument's index, then the steps into it. */
export type Path = readonly [number, ...Step[]];

/** What kind of value sits at a path of the valid arguments. */
export type Kind = "number" | "string" | "boolean" | "array" | "typed" | "map" | "object" | "other";

/** A place a change can go, with the kind of value there and whether its object is open. */
export interface Site {
  readonly path: Path;
  readonly kind: Kind;
  /** The value at the path (in the valid arguments). */
  readonly value: unknown;
  /** The field name the library should use for the value, as tokens (`["subscriptions", "3", "amount"]`). */
  readonly tokens: readonly string[];
  /** For an object: true when its keys are the caller's (a snapshot keyed by customer id). */
  readonly open: boolean;
}

export function kindOf(value: unknown): Kind {
  if (typeof value === "number") return "number";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) return "array";
  if (ArrayBuffer.isView(value)) return "typed";
  if (value instanceof Map) return "map";
  if (typeof value === "object" && value !== null) return "object";
  return "other";
}

/** The tokens of a field name as the library writes it: `a.tally.counts[1]`, `previous["x"]`. */
export function tokensOf(field: string): string[] {
  return field
    .replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key: string) => `.${JSON.parse(`"${key}"`)}`)
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((token) => token !== "");
}

/**
 * Every site of the valid arguments. `names[i]` names argument `i` as the library does (`""` for
 * an input object whose fields are named bare); `isOpen` says which objects have caller keys.
 */
export function sitesOf(
  args: readonly unknown[],
  names: readonly string[],
  isOpen: (tokens: readonly string[]) => boolean,
): Site[] {
  const sites: Site[] = [];
  const walk = (value: unknown, path: Path, tokens: readonly string[]): void => {
    const kind = kindOf(value);
    sites.push({ path, kind, value, tokens, open: kind === "object" && isOpen(tokens) });
    if (kind === "array" || kind === "object") {
      for (const key of Object.keys(value as object)) {
        const step: Step = kind === "array" ? Number(key) : key;
        walk((value as Record<string, unknown>)[key], [...path, step], [...tokens, key]);
      }
    } else if (kind === "map") {
      for (const [key, entry] of value as Map<unknown, unknown>) {
        walk(entry, [...path, { mapKey: key }], [...tokens, String(key)]);
      }
    }
  };
  args.forEach((arg, i) => {
    walk(arg, [i], tokensOf(names[i] ?? `arg${i}`));
  });
  return sites;
}

/** The value at `path` in `args`. */
export function getAt(args: unknown[], path: Path): unknown {
  let value: unknown = args;
  for (const step of path) {
    value =
      typeof step === "object"
        ? (value as Map<unknown, unknown>).get(step.mapKey)
        : (value as Record<string, unknown>)[step];
  }
  return value;
}

/** The container of `path` and the last step into it. */
function parentOf(args: unknown[], path: Path): { parent: unknown; step: Step } {
  const steps = [...path] as Step[];
  const step = steps.pop() as Step;
  let parent: unknown = args;
  for (const s of steps) {
    parent =
      typeof s === "object" ? (parent as Map<unknown, unknown>).get(s.mapKey) : (parent as Record<string, unknown>)[s];
  }
  return { parent, step };
}

/** Puts `value` at `path` (a Map entry with `set`). */
export function setAt(args: unknown[], path: Path, value: unknown): void {
  const { parent, step } = parentOf(args, path);
  if (typeof step === "object") (parent as Map<unknown, unknown>).set(step.mapKey, value);
  else (parent as Record<string | number, unknown>)[step] = value;
}

/** Deletes the key at `path` (a Map entry with `delete`, an array element with `splice`). */
export function deleteAt(args: unknown[], path: Path): void {
  const { parent, step } = parentOf(args, path);
  if (typeof step === "object") (parent as Map<unknown, unknown>).delete(step.mapKey);
  else if (Array.isArray(parent) && typeof step === "number") parent.splice(step, 1);
  else delete (parent as Record<string | number, unknown>)[step];
}

/** A hostile value, with a label for the report. */
export interface Hostile {
  readonly label: string;
  readonly value: () => unknown;
}

/** The hostile values a field is replaced by. Built fresh for every case (objects are per case). */
export const HOSTILE_VALUES: readonly Hostile[] = [
  { label: "NaN", value: () => Number.NaN },
  { label: "Infinity", value: () => Number.POSITIVE_INFINITY },
  { label: "-Infinity", value: () => Number.NEGATIVE_INFINITY },
  { label: "-0", value: () => -0 },
  { label: "-1", value: () => -1 },
  { label: "1e308", value: () => 1e308 },
  { label: "0.5", value: () => 0.5 },
  { label: '"9"', value: () => "9" },
  { label: '""', value: () => "" },
  { label: "a 1 MB string", value: () => "9".repeat(1_000_000) },
  { label: "null", value: () => null },
  { label: "undefined", value: () => undefined },
  { label: "Symbol", value: () => Symbol("hostile") },
  { label: "1n", value: () => 1n },
  { label: "true", value: () => true },
  { label: "{}", value: () => ({}) },
  { label: "[]", value: () => [] },
  { label: "Object.create(null)", value: () => Object.create(null) },
  { label: "new Number(5)", value: () => new Number(5) },
  { label: 'new String("month")', value: () => new String("month") },
  { label: "a function", value: () => () => 5 },
  { label: "an object with toString", value: () => ({ toString: () => "5", valueOf: () => 5 }) },
  { label: "a Date", value: () => new Date(0) },
];

/** An iterable whose iterator breaks the protocol, by label. */
export const BROKEN_ITERATORS: readonly Hostile[] = [
  { label: "@@iterator returns a number", value: () => ({ [Symbol.iterator]: () => 5 }) },
  { label: "@@iterator returns {}", value: () => ({ [Symbol.iterator]: () => ({}) }) },
  { label: "next() returns a number", value: () => ({ [Symbol.iterator]: () => ({ next: () => 5 }) }) },
  { label: "next() returns null", value: () => ({ [Symbol.iterator]: () => ({ next: () => null }) }) },
  { label: "@@iterator is not a function", value: () => ({ [Symbol.iterator]: 5 }) },
];

/** One hostile change of the valid arguments. */
export type Change =
  | { readonly type: "replace"; readonly site: Site; readonly hostile: Hostile }
  | { readonly type: "delete"; readonly site: Site }
  | { readonly type: "misspell"; readonly site: Site; readonly to: string }
  | { readonly type: "add"; readonly site: Site; readonly key: string }
  | { readonly type: "getter"; readonly site: Site; readonly later: Hostile }
  | { readonly type: "proxy"; readonly site: Site; readonly later: Hostile | undefined }
  | { readonly type: "hole"; readonly site: Site }
  | { readonly type: "broken-iterator"; readonly site: Site; readonly iterator: Hostile }
  | { readonly type: "iterator"; readonly site: Site };

/** Misspellings of a key: one letter dropped, one doubled, two swapped, a different case. */
function misspellings(key: string): string[] {
  const out = new Set<string>([
    key.slice(0, -1),
    `${key}s`,
    key.length > 1 ? key[1]! + key[0]! + key.slice(2) : `${key}${key}`,
    key.toUpperCase() === key ? key.toLowerCase() : key.toUpperCase(),
  ]);
  out.delete(key);
  out.delete("");
  return [...out];
}

/** The changes that apply to one site, as an arbitrary. */
export function changesAt(site: Site, siblings: readonly string[]): fc.Arbitrary<Change> {
  const options: fc.Arbitrary<Change>[] = [
    fc.constantFrom(...HOSTILE_VALUES).map((hostile) => ({ type: "replace" as const, site, hostile })),
  ];
  const last = site.path[site.path.length - 1];
  const inObject = site.path.length > 1 && typeof last === "string";
  const inArray = site.path.length > 1 && typeof last === "number";
  if (site.path.length > 1) options.push(fc.constant({ type: "delete" as const, site }));
  if (inObject) {
    const names = misspellings(last).filter((name) => !siblings.includes(name));
    if (names.length > 0)
      options.push(fc.constantFrom(...names).map((to) => ({ type: "misspell" as const, site, to })));
  }
  if (inObject || inArray) {
    options.push(fc.constantFrom(...HOSTILE_VALUES).map((later) => ({ type: "getter" as const, site, later })));
  }
  if (site.kind === "object" || site.kind === "array") {
    const keys = Object.keys(site.value as object);
    if (site.kind === "object") {
      const extra = ["extra", ...keys.flatMap(misspellings)].filter((key) => !keys.includes(key));
      options.push(fc.constantFrom(...extra).map((key) => ({ type: "add" as const, site, key })));
    }
    options.push(
      fc
        .option(fc.constantFrom(...HOSTILE_VALUES), { nil: undefined })
        .map((later) => ({ type: "proxy" as const, site, later })),
    );
  }
  if (site.kind === "array") {
    const length = (site.value as unknown[]).length;
    if (length > 0) options.push(fc.constant({ type: "hole" as const, site }));
    options.push(
      fc.constantFrom(...BROKEN_ITERATORS).map((iterator) => ({ type: "broken-iterator" as const, site, iterator })),
    );
    options.push(fc.constant({ type: "iterator" as const, site }));
  }
  return fc.oneof(...options);
}

/** Objects that must not be frozen (proxy targets whose trap answers differently on each read). */
export const unfreezable: WeakSet<object> = new WeakSet<object>();

/** A proxy of `target` whose every read of an own key answers the real value once, then `later`. */
function changingProxy(target: object, later: Hostile): object {
  const reads = new Map<PropertyKey, number>();
  unfreezable.add(target);
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      const own = Object.hasOwn(t, key) && key !== "length";
      const count = reads.get(key) ?? 0;
      reads.set(key, count + 1);
      return own && count > 0 ? later.value() : Reflect.get(t, key, receiver);
    },
  });
  unfreezable.add(proxy);
  return proxy;
}

/** A generator over an array's elements (a valid iterable, not an array). */
function* iterate(values: readonly unknown[]): Generator<unknown> {
  yield* values;
}

/**
 * Applies `change` to `args` in place. Returns the tokens of every field name an error may use for
 * it (the changed field; for a misspelling also the new name, for an added field its name), and
 * the value put in place by a replacement.
 */
export function apply(args: unknown[], change: Change): { accepted: string[][]; placed?: unknown } {
  const accepted = applyChange(args, change);
  const placesValue = change.type === "replace" || change.type === "broken-iterator";
  return placesValue ? { accepted, placed: getAt(args, change.site.path) } : { accepted };
}

function applyChange(args: unknown[], change: Change): string[][] {
  const { site } = change;
  const tokens = [...site.tokens];
  const last = tokens.length > 0 ? tokens.slice(0, -1) : tokens;
  switch (change.type) {
    case "replace":
      setAt(args, site.path, change.hostile.value());
      return [tokens];
    case "delete":
      deleteAt(args, site.path);
      return [tokens];
    case "misspell": {
      const { parent, step } = parentOfPath(args, site.path);
      const value = (parent as Record<string, unknown>)[step as string];
      delete (parent as Record<string, unknown>)[step as string];
      (parent as Record<string, unknown>)[change.to] = value;
      return [tokens, [...last, change.to]];
    }
    case "add":
      (getAt(args, site.path) as Record<string, unknown>)[change.key] = 0;
      return [[...tokens, change.key]];
    case "getter": {
      const { parent, step } = parentOfPath(args, site.path);
      const first = getAt(args, site.path);
      let reads = 0;
      Object.defineProperty(parent, step as PropertyKey, {
        get: () => (reads++ === 0 ? first : change.later.value()),
        enumerable: true,
        configurable: true,
      });
      return [tokens];
    }
    case "proxy": {
      const target = getAt(args, site.path) as object;
      const proxy = change.later === undefined ? new Proxy(target, {}) : changingProxy(target, change.later);
      // Neither is frozen or walked as a Map by the fingerprint: a Map's methods refuse a proxy.
      unfreezable.add(proxy).add(target);
      setAt(args, site.path, proxy);
      return [tokens];
    }
    case "hole": {
      const array = getAt(args, site.path) as unknown[];
      const index = Math.floor(array.length / 2);
      delete array[index];
      return [[...tokens, String(index)]];
    }
    case "broken-iterator":
      setAt(args, site.path, change.iterator.value());
      return [tokens];
    case "iterator":
      setAt(args, site.path, iterate(getAt(args, site.path) as unknown[]));
      return [tokens];
  }
}

function parentOfPath(args: unknown[], path: Path): { parent: unknown; step: Step } {
  return parentOf(args, path);
}

/** A label for a change, for failure messages. */
export function describeChange(change: Change): string {
  const where = change.site.tokens.join(".") || `argument ${change.site.path[0]}`;
  switch (change.type) {
    case "replace":
      return `${where} replaced by ${change.hostile.label}`;
    case "getter":
      return `${where} a getter answering the value once, then ${change.later.label}`;
    case "proxy":
      return (
        `${where} wrapped in a proxy` +
        (change.later === undefined ? "" : ` answering ${change.later.label} after one read`)
      );
    case "misspell":
      return `${where} misspelt as ${change.to}`;
    case "add":
      return `${where} given an unknown field ${change.key}`;
    case "broken-iterator":
      return `${where} replaced by an iterable whose ${change.iterator.label}`;
    case "iterator":
      return `${where} replaced by a generator over its elements`;
    default:
      return `${where}: ${change.type}`;
  }
}

/**
 * A structural fingerprint of a value built from property descriptors only: no getter, no
 * `toString` and no proxy `get` trap runs. Accessors are fingerprinted by identity.
 */
export function fingerprint(value: unknown, seen: Map<unknown, number> = new Map()): unknown {
  if (typeof value !== "object" || value === null) {
    if (typeof value === "function") return { fn: seen.get(value) ?? seen.set(value, seen.size).size };
    return typeof value === "number" && Object.is(value, -0) ? "-0" : typeof value === "bigint" ? `${value}n` : value;
  }
  if (seen.has(value)) return { ref: seen.get(value) };
  seen.set(value, seen.size);
  if (ArrayBuffer.isView(value)) return { typed: Array.from(value as unknown as ArrayLike<number>) };
  if (value instanceof Map && !unfreezable.has(value)) {
    return { map: [...value].map(([k, v]) => [fingerprint(k, seen), fingerprint(v, seen)]) };
  }
  const out: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    out[String(key)] = "value" in d ? fingerprint(d.value, seen) : { get: fingerprint(d.get, seen) };
  }
  return { proto: Object.getPrototypeOf(value) === null ? null : "object", own: out };
}

/** Freezes plain objects and arrays reachable through data properties (not proxies' targets). */
export function deepFreeze(value: unknown, seen: Set<object> = new Set()): void {
  if (typeof value !== "object" || value === null || seen.has(value) || unfreezable.has(value)) return;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return;
  if (value instanceof Map) {
    for (const entry of value.values()) deepFreeze(entry, seen);
    return;
  }
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if ("value" in d) deepFreeze(d.value, seen);
  }
  try {
    Object.freeze(value);
  } catch {
    // A proxy of a typed array with elements cannot be frozen; the fingerprint still guards it.
  }
}
