// `npm run lint:content`: prints every suspected defect of the article with file:line:column and a hint.
// Warnings never fail: they are for the writer to review. Errors in the input still exit non-zero.
import { reportInputError } from '../lib/unfold-error.ts';
import { formatWarning } from '../outline/lint-content.ts';
import { runPipeline } from '../run-pipeline.ts';

try {
  const { warnings } = await runPipeline(process.cwd());
  for (const warning of warnings) console.log(formatWarning(warning));
  console.log(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
} catch (error) {
  reportInputError(error);
  process.exitCode = 1;
}
