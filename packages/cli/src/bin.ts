#!/usr/bin/env node
import { run } from './run';

// A reader that stops early (`baocao validate … | head`) closes the pipe: end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.stderr.write(`baocao: không ghi được kết quả: ${error.message}\n`);
    process.exit(2);
  });
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
