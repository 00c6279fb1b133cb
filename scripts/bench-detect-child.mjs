// Runs the CLI bundle given as the first argument with the rest as its argv, then prints the
// process's peak RSS (KiB) to stderr: the bench's memory figure.
import { pathToFileURL } from 'node:url';
const [bundle, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bundle, ...args];
process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(bundle).href);
