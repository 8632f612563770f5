/** A position in a source file, 1-based like editors show it. */
export interface SourcePoint {
  line: number;
  column: number;
}

/**
 * An error in the user's input: it names the file and place, says what is wrong and how to fix it.
 * The entry script prints it without a stack trace and exits non-zero.
 */
export class UnfoldError extends Error {
  readonly file: string;
  readonly point: SourcePoint | undefined;
  readonly hint: string | undefined;

  constructor(file: string, message: string, options: { point?: SourcePoint; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'UnfoldError';
    this.file = file;
    this.point = options.point;
    this.hint = options.hint;
  }

  /** `file:line:column: message` followed by the hint, as compilers print it. */
  format(): string {
    const where = this.point ? `${this.file}:${this.point.line}:${this.point.column}` : this.file;
    return `${where}: ${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}

/**
 * Prints an error in the user's input the way the command-line tools do (`unfold: error: file:line:column: …`)
 * and rethrows anything else: a bug should show its stack, not pass for bad input.
 */
export function reportInputError(error: unknown): void {
  if (!(error instanceof UnfoldError)) throw error;
  console.error(`unfold: error: ${error.format()}`);
}
