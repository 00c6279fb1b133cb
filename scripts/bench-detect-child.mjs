// Runs the CLI bundle given as the first argument with the rest as its argv, then prints the
// process's peak RSS (KiB) and CPU time to stderr: the bench's memory and CPU figures.
import { pathToFileURL } from 'node:url';
const [bundle, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bundle, ...args];
// CPU time (user + sys, microseconds) too: on a shared machine wall time mostly measures the load.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`maxRSS=${u.maxRSS} cpu=${u.userCPUTime + u.systemCPUTime}\n`);
});
await import(pathToFileURL(bundle).href);
