import { CliError, messageOf } from './errors';
import { HELP } from './help';
import { paintFor, processIO, type CliIO } from './io';

declare const __BAOCAO_VERSION__: string;

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

// Loaded when called, so that `--version` and `--help` do not load the renderers.
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  render: async () => (await import('./commands/render')).renderCommand,
  init: async () => (await import('./commands/init')).initCommand,
  schema: async () => (await import('./commands/schema')).schemaCommand,
  sections: async () => (await import('./commands/schema')).sectionsCommand,
  indicators: async () => (await import('./commands/indicators')).indicatorsCommand,
};

/**
 * Runs the `baocao` command line with `argv` (the arguments after the program name) and returns the exit code:
 * 0 when the reports have no errors, 1 when they do, 2 when the command itself could not run (usage, an unreadable
 * or invalid file, a profile or a plugin). Never throws; errors are printed in Vietnamese on `io.stderr`, with the
 * stack trace only under `--debug`.
 *
 * @example
 * import { run } from '@baocao-khcn/cli';
 * const code = await run(['render', 'bao-cao.yaml', '-o', 'van-ban']); // prints "van-ban/bao-cao.docx" …
 * process.exitCode = code; // 0, 1 or 2
 */
export async function run(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  const streams: CliIO = { ...processIO(), ...io };
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v' || command === '-V') {
      streams.stdout.write(`${__BAOCAO_VERSION__}\n`);
      return 0;
    }
    if (command === undefined) {
      streams.stderr.write(HELP.main as string);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      streams.stdout.write((topic !== undefined && HELP[topic]) || (HELP.main as string));
      return 0;
    }
    const load = COMMANDS[command];
    if (load === undefined) {
      throw new CliError(command.startsWith('-') ? `Tuỳ chọn "${command}" phải đứng sau tên lệnh. Xem: baocao --help` : `Không có lệnh "${command}". Các lệnh: ${Object.keys(COMMANDS).join(', ')}. Xem: baocao --help`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      streams.stdout.write(HELP[command] as string);
      return 0;
    }
    return await (await load())(rest, streams);
  } catch (error) {
    report(error, streams, debug);
    return 2;
  }
}

function report(error: unknown, io: CliIO, debug: boolean): void {
  const paint = paintFor(io.stderr, io.env);
  if (error instanceof CliError) {
    io.stderr.write(`${paint.red('baocao:')} ${error.message}\n`);
    for (const line of error.details) io.stderr.write(`  - ${line}\n`);
  } else {
    io.stderr.write(`${paint.red('baocao:')} lỗi không mong đợi: ${messageOf(error)}${debug ? '' : ' (chạy lại với --debug để xem chi tiết)'}\n`);
  }
  if (debug) {
    const cause = error instanceof CliError && error.cause !== undefined ? error.cause : error;
    io.stderr.write(`${paint.dim(cause instanceof Error && cause.stack ? cause.stack : String(cause))}\n`);
  }
}
