/**
 * `@baocao-khcn/cli`: the `baocao` command line — validate and render reports from JSON or YAML without writing
 * TypeScript. `run` is the command line as a function, for tools that embed it.
 *
 * @packageDocumentation
 */
export { run } from './run';
export type { CliIO } from './io';
