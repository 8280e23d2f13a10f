import fc from 'fast-check';
import { validateReport } from '@baocao-khcn/core';
import { wildReport, fuzzOptions } from '../tests/fuzz/arbitraries';
const i = Number(process.argv[2]);
const input = fc.sample(wildReport(), { seed: 43, numRuns: i + 1 })[i];
console.log(JSON.stringify(validateReport(input, fuzzOptions)));
