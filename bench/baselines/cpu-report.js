// Preloaded (node --require) into a measured process: at exit, writes the process's CPU time
// (user + system, all threads, worker threads included) to the file PERF_BENCH_CPU_FILE names.
'use strict';

const fs = require('fs');

const file = process.env.PERF_BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.cpuUsage();
    fs.writeFileSync(file, JSON.stringify({ userMicros: usage.user, systemMicros: usage.system }));
  });
}
