// Runs every bench/*.bench.mjs, each in its own Node process with --expose-gc (so one bench's
// compiled code and heap do not disturb the next), one after the other, on the built dist/.
// `npm run bench` builds first; `node bench/run.mjs survey revenue` runs only the benches whose
// file names contain one of the words given.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => only.length === 0 || only.some((word) => f.includes(word)))
  .sort();

console.log(
  `Benches: ${files.join(", ")} (load average at start ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")})`,
);
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const { status } = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(new URL(file, import.meta.url))], {
    stdio: "inherit",
  });
  if (status !== 0) {
    failed++;
    console.log(`${file} exited with status ${status}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
