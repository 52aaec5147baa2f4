import type { CliIo } from '../io';

/** The dev server's address (astro.config.mjs: host 127.0.0.1, Astro's default port). */
const DEV_URL = 'http://127.0.0.1:4321/';

/** What to do after `peercourse new`: how to preview the new page and how to check it. */
export function formatNextSteps(io: CliIo, course: string, module?: string): string[] {
	// A courses folder other than courses/ must be given to the dev server and the check too.
	const env = io.env.PEERCOURSE_COURSES_DIR
		? `PEERCOURSE_COURSES_DIR=${io.env.PEERCOURSE_COURSES_DIR} `
		: '';
	const url = `${DEV_URL}${course}/${module ? `${module}/` : ''}`;
	return [
		'',
		'To preview it, run this in the project folder:',
		`  ${env}npm run dev`,
		`and open ${url} in your browser. Pages reload when you save.`,
		'',
		'To check it for problems:',
		`  ${env}npx peercourse check ${course}`,
	];
}
