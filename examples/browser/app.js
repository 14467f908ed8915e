// A small app that uses the library as an app would: bundled for the browser by esbuild.
import * as lib from "cx-metrics";
import { computeAll } from "./compute.js";

document.getElementById("out").textContent = JSON.stringify(computeAll(lib), null, 2);
