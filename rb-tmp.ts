import { benchReading } from "./bench/reading.bench.js";
console.log(await benchReading({ minSamples: 40_000 }));
