// Harvests runnable examples: every TSDoc `@example` in src/ and every ```ts block in README.md
// and docs/*.md. A line `expression; // => value` becomes a check that the expression's value
// strictly equals the value (Object.is for numbers, so 0 and -0 differ).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface Example {
  /** Where the example starts, as `file:line`. */
  readonly where: string;
  /** The file that holds it. */
  readonly file: string;
  /** The example's source lines. */
  readonly lines: readonly string[];
  /** The line number of the first line. */
  readonly firstLine: number;
}

export const root: string = join(import.meta.dirname, "..", "..");

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** The `@example` blocks of every source file. */
export function sourceExamples(): Example[] {
  const examples: Example[] = [];
  for (const file of walk(join(root, "src")).sort()) {
    const lines = readFileSync(file, "utf8").split("\n");
    let current: { first: number; lines: string[] } | undefined;
    const flush = (): void => {
      if (current && current.lines.some((l) => l.trim() !== "")) {
        const body = current.lines;
        while (body.length > 0 && body[body.length - 1]!.trim() === "") body.pop();
        examples.push({ where: `${relative(root, file)}:${current.first}`, file, lines: body, firstLine: current.first });
      }
      current = undefined;
    };
    lines.forEach((line, i) => {
      const text = /^\s*\*(?: ?)(.*)$/.exec(line)?.[1];
      if (/^\s*\*\/\s*$/.test(line) || text === undefined) return flush();
      if (text.startsWith("@example")) {
        flush();
        current = { first: i + 2, lines: [] };
      } else if (text.startsWith("@")) {
        flush();
      } else if (current) {
        current.lines.push(text);
      }
    });
    flush();
  }
  return examples;
}

/** The ```ts blocks of README.md and docs/*.md. */
export function markdownExamples(): Example[] {
  const files = [join(root, "README.md")];
  const docs = join(root, "docs");
  if (existsSync(docs)) {
    for (const f of readdirSync(docs).sort()) if (f.endsWith(".md")) files.push(join(docs, f));
  }
  const examples: Example[] = [];
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    let current: { first: number; lines: string[] } | undefined;
    lines.forEach((line, i) => {
      if (current === undefined && /^```ts\s*$/.test(line)) {
        current = { first: i + 2, lines: [] };
      } else if (current !== undefined && /^```\s*$/.test(line)) {
        examples.push({ where: `${relative(root, file)}:${current.first}`, file, lines: current.lines, firstLine: current.first });
        current = undefined;
      } else if (current !== undefined) {
        current.lines.push(line);
      }
    });
  }
  return examples;
}

/** Bracket depth change of a line of code, ignoring strings and a trailing comment. */
function depth(code: string): number {
  let d = 0;
  let quote: string | undefined;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "/" && code[i + 1] === "/") break;
    else if ("([{".includes(c)) d++;
    else if (")]}".includes(c)) d--;
  }
  return d;
}

/**
 * Turns an example into the body of an async function of `(lib, check)`: imports from
 * "cx-metrics" are dropped (the library's names are in scope), and each checked statement
 * becomes `check(() => (expression), () => (value), "file:line")`. Counts the checks.
 */
export function compile(example: Example): { code: string; checks: number } {
  const out: string[] = [];
  let buffer: string[] = [];
  let open = 0;
  let checks = 0;
  example.lines.forEach((line, i) => {
    if (/^\s*import .* from "cx-metrics";\s*$/.test(line)) return;
    if (/^\s*import /.test(line)) throw new Error(`${example.where}: only imports from "cx-metrics" are allowed`);
    buffer.push(line);
    open += depth(line);
    if (open > 0) return;
    const statement = buffer.join("\n");
    buffer = [];
    const m = /^([\s\S]*?);?\s*\/\/ => (.*)$/.exec(statement);
    if (m) {
      checks++;
      const where = `${relative(root, example.file)}:${example.firstLine + i}`;
      out.push(`await check(() => (${m[1]}), () => (${m[2]}), ${JSON.stringify(where)});`);
    } else {
      out.push(statement);
    }
  });
  if (buffer.length > 0) throw new Error(`${example.where}: unbalanced brackets`);
  return { code: out.join("\n"), checks };
}
