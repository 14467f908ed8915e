import type { Options } from "tsup";

const config: Options = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  splitting: false,
  minify: false,
};

export default config;
