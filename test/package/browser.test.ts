// The library in a real browser: headless Chromium (Debian's package, driven by playwright-core)
// opens two pages served on 127.0.0.1, one importing the built ESM file and one loading an app
// bundled by esbuild, and both must compute every metric family exactly as Node does.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { build } from "esbuild";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module shared with the pages, typed loosely here
import { computeAll } from "../../examples/browser/compute.js";
import * as lib from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript" };

let server: Server;
let origin: string;
let context: BrowserContext;
let profile: string;

function chromiumPath(): string {
  if (process.env["CHROMIUM_PATH"]) return process.env["CHROMIUM_PATH"];
  return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
}

/** Values as JSON, with bigints written out: the form both sides are compared in. */
const asJson = (value: unknown): string => JSON.stringify(value, (_, v) => (typeof v === "bigint" ? `${v}n` : v), 2);

beforeAll(async () => {
  expect(existsSync(join(root, "dist", "index.js")), "run `npm run build` first (npm test does)").toBe(true);
  await build({
    entryPoints: [join(root, "examples", "browser", "app.js")],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    outfile: join(root, "examples", "browser", "app.bundle.js"),
  });
  server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(join(tmpdir(), "cx-metrics-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  rmSync(join(root, "examples", "browser", "app.bundle.js"), { force: true });
});

async function valuesFrom(page: string): Promise<string> {
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on("pageerror", (e) => errors.push(String(e)));
  await tab.goto(`${origin}/examples/browser/${page}`);
  // A string, evaluated in the page: Node's own types have no `document`.
  await tab.waitForFunction('document.getElementById("out")?.textContent !== "pending"', undefined, {
    timeout: 20_000,
  });
  const text = (await tab.textContent("#out")) ?? "";
  await tab.close();
  expect(errors).toEqual([]);
  return text;
}

describe("in headless Chromium", () => {
  const node = asJson(computeAll(lib));

  it("the built ESM file computes every metric family exactly as Node does", async () => {
    expect(await valuesFrom("esm.html")).toBe(node);
  }, 60_000);

  it("an app bundled by esbuild computes every metric family exactly as Node does", async () => {
    expect(await valuesFrom("bundle.html")).toBe(node);
  }, 60_000);

  it("covers every family, errors included", () => {
    const parsed = JSON.parse(node) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      "survey",
      "customers",
      "revenue",
      "support",
      "health",
      "statistics",
      "tallies",
      "error",
    ]);
    expect(parsed["error"]).toMatchObject({ isCxMetricsError: true, code: "out-of-range", field: "scores[1]" });
  });
});
