import { Command } from 'commander';
import { registerDemo } from './commands/demo';
import { registerMigrate } from './commands/migrate';
import { registerServe } from './commands/serve';
import { registerEvaluate } from './commands/evaluate';
import { registerImport } from './commands/import';
import { registerPlan } from './commands/plan';
import { registerUser } from './commands/user';
import { registerWorkbook } from './commands/workbook';

/** The `junheng` command. Each command calls server services; `import` and `evaluate` register here too. */
export function buildProgram(): Command {
  const program = new Command('junheng')
    .description('均衡 Junheng — 县域义务教育优质均衡 / balanced compulsory education for county bureaus')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerMigrate(program);
  registerDemo(program);
  registerUser(program);
  registerWorkbook(program);
  registerEvaluate(program);
  registerImport(program);
  registerPlan(program);
  return program;
}
