/**
 * Preload for the atomic-write test (`node --require …`): the CLI's `rename` of a temporary file onto its target
 * writes a marker file next to it (`.paused-before-rename`) and then never completes, so the test can kill the
 * process at a known moment — the temporary file written and flushed, the target not yet replaced — instead of
 * racing a file watcher against the write.
 */
'use strict';
const fsp = require('node:fs/promises');
const { writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { syncBuiltinESMExports } = require('node:module');

const rename = fsp.rename;
fsp.rename = function pausedRename(from, to) {
  if (!String(from).endsWith('.tmp')) return rename.call(this, from, to);
  writeFileSync(join(dirname(String(to)), '.paused-before-rename'), String(from));
  setInterval(() => undefined, 1 << 30);
  return new Promise(() => undefined);
};
// The CLI imports `rename` from 'node:fs/promises' as an ES module: update the live ESM binding too.
syncBuiltinESMExports();
