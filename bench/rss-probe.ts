/**
 * Preloaded with `--require` (through NODE_OPTIONS, so that child node processes such as tsx's
 * get it too) when GNU time is not available: appends `<pid> <maxRSS KB> <user+system CPU µs>` to $BENCH_RSS_FILE at exit.
 */
import fs = require("node:fs");

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    try {
      const usage = process.resourceUsage();
      fs.appendFileSync(file, `${process.pid} ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
    } catch {
      // Measuring must never break the measured program.
    }
  });
}
