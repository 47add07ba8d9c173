/** Thrown by a command whose arguments are wrong: the CLI prints the detail and the usage line, exit 1. */
export class UsageError extends Error {
  constructor(
    readonly usage: string,
    readonly detail?: string,
  ) {
    super(detail ?? usage);
    this.name = 'UsageError';
  }
}
