/**
 * A reason a command could not do its job (a course that does not exist, a file it will not
 * overwrite, a bad option value). `run()` prints it as message and hint and exits with 2.
 * Author mistakes inside courses are never thrown: they are `Issue`s in the report.
 */
export class CliFailure extends Error {
	constructor(
		message: string,
		/** What to do about it, as a full sentence. */
		readonly hint?: string
	) {
		super(message);
		this.name = 'CliFailure';
	}
}
