import { CommanderError } from 'commander';
import { buildProgram } from './program';
import { describeError, EXIT_USAGE, exitCodeOf } from './exit-codes';

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; anything else commander rejects is a usage error.
      process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
    }
    console.error(describeError(error));
    process.exit(exitCodeOf(error));
  }
}

await main(process.argv);
