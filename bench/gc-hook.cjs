// Preloaded into the API by bench:soak (node -r): on SIGUSR2, collect garbage and write the heap figures to
// SOAK_HEAP_FILE, so memory is measured after a full GC whatever build of the API runs.
const { writeFileSync } = require('node:fs');
process.on('SIGUSR2', () => {
  globalThis.gc();
  writeFileSync(process.env.SOAK_HEAP_FILE, JSON.stringify(process.memoryUsage()));
});
