// Harvests runnable examples: every TSDoc `@example` in src/ and every ```ts block in README.md
// and docs/*.md. A line `expression; // => value` becomes a check that the expression's value
// strictly equals the value (Object.is for numbers, so 0 and -0 differ).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
      if (current?.lines.some((l) => l.trim() !== "")) {
        const body = current.lines;
        while (body.length > 0 && body[body.length - 1]!.trim() === "") body.pop();
        examples.push({
          where: `${relative(root, file)}:${current.first}`,
          file,
          lines: body,
          firstLine: current.first,
        });
      }
      current = undefined;
    };
    lines.forEach((line, i) => {
      const text = /^\s*\*(?: ?)(.*)$/.exec(line)?.[1];
      if (/^\s*\*\/\s*$/.test(line) || text === undefined) {
        flush();
        return;
      }
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
        examples.push({
          where: `${relative(root, file)}:${current.first}`,
          file,
          lines: current.lines,
          firstLine: current.first,
        });
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

/** The names `src/index.ts` exports, split into values and types. */
export function barrelNames(): { values: string[]; types: string[] } {
  const barrel = readFileSync(join(root, "src", "index.ts"), "utf8");
  const values: string[] = [];
  const types: string[] = [];
  for (const [, typeOnly, list] of barrel.matchAll(/export (type )?\{([^}]*)\}/g)) {
    for (const item of list!
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (typeOnly || item.startsWith("type ")) types.push(item.replace(/^type /, ""));
      else values.push(item);
    }
  }
  return { values, types };
}

/** One example that does not type-check: where (`file:line` of the example's own text) and why. */
export interface TypeFailure {
  readonly where: string;
  readonly message: string;
}

/**
 * Type-checks every example as a consumer's strict TypeScript: one module per example in a
 * temporary directory, with a tsconfig (`strict`, `exactOptionalPropertyTypes`,
 * `noUncheckedIndexedAccess`) that maps "cx-metrics" to `src/index.ts`, checked by one program.
 * An example without an import from "cx-metrics" (a TSDoc `@example`) gets one that brings every
 * exported name into scope, as the runtime harness does. Returns every error, at the line of
 * the example's own file.
 */
export async function typeCheck(examples: readonly Example[]): Promise<TypeFailure[]> {
  const ts = (await import("typescript")).default;
  const dir = mkdtempSync(join(tmpdir(), "cx-metrics-examples-"));
  try {
    const { values, types } = barrelNames();
    const header =
      `import { ${values.join(", ")} } from "cx-metrics";\n` + `import type { ${types.join(", ")} } from "cx-metrics";`;
    const config = {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022"],
        module: "ES2022",
        moduleResolution: "Bundler",
        moduleDetection: "force",
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        noEmit: true,
        types: [],
        paths: { "cx-metrics": [join(root, "src", "index.ts")] },
      },
      include: ["*.ts"],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config, null, 2));
    const origin = new Map<string, { example: Example; offset: number }>();
    examples.forEach((example, i) => {
      const imports = example.lines.some((l) => /^\s*import .* from "cx-metrics";/.test(l));
      const text = imports ? example.lines.join("\n") : `${header}\n${example.lines.join("\n")}`;
      const file = join(dir, `example${String(i).padStart(3, "0")}.ts`);
      writeFileSync(file, `${text}\n`);
      origin.set(file, { example, offset: imports ? 0 : 2 });
    });
    const parsed = ts.getParsedCommandLineOfConfigFile(
      join(dir, "tsconfig.json"),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    )!;
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const failures: TypeFailure[] = [];
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      const from = d.file ? origin.get(d.file.fileName) : undefined;
      if (d.file === undefined || from === undefined) {
        failures.push({ where: d.file ? relative(root, d.file.fileName) : "tsconfig", message });
        continue;
      }
      const line = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line - from.offset;
      const where =
        line < 0 ? from.example.where : `${relative(root, from.example.file)}:${from.example.firstLine + line}`;
      failures.push({ where, message });
    }
    return failures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
