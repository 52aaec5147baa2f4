import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport, hasErrors } from '../lib/issues';
import { collectIssues } from './collect-issues';
import { relativizeDist } from './relative-urls';
import { writeServiceWorker } from './service-worker';
import { readCourses } from './read-courses';
import { packageSite } from './scorm/package-site';

/**
 * PeerCourse's build steps around Astro's: check every course before the build starts
 * (the same checks as `peercourse check`, so the two never disagree), then make the built
 * site's URLs relative.
 */
export function peercourse(): AstroIntegration {
	return {
		name: 'peercourse',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const issues = collectIssues();
				if (!issues.length) return;
				const report = formatReport(issues);
				if (command === 'build' && hasErrors(issues)) {
					// A clean report and exit, not a stack trace: trainers read this.
					process.stderr.write(`\nThe course content has problems, so the site was not built.\n\n${report}\n\nFix the lines above and run the build again. "npx peercourse check" shows the same list without building.\n`);
					process.exit(1);
				}
				for (const line of report.split('\n')) logger.warn(line);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const changed = relativizeDist(dist);
				logger.info(`Made URLs relative in ${changed} files.`);
				const languages = readCourses().flatMap((c) => [c.meta?.language ?? 'en', ...c.translations.map((t) => t.lang)]);
				const offline = await writeServiceWorker(dist, languages);
				logger.info(`Service worker precaches ${offline.count} files (${Math.round(offline.size / 1024)} KB) for offline use.`);
				// SCORM packages for the course pages' "Download for your LMS" links (`peercourse export`
				// builds its own and turns this off).
				if (process.env.PEERCOURSE_SCORM_PACKAGES !== '0') {
					const problems = packageSite(dist, readCourses(), logger);
					if (problems.length) {
						process.stderr.write(`\nThe SCORM packages could not be made.\n\n${formatReport(problems)}\n`);
						process.exit(1);
					}
				}
			},
		},
	};
}
