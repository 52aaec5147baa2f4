import { dirname, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { ReportingPreset } from '../../lib/scorm/cmi-status';
import type { ScormVersion } from '../../lib/scorm/versions';
import type { CommandContext } from './context';

/** `peercourse export <course>`: one SCORM package for hospital LMSes. */
export function registerExport(program: Command, context: CommandContext): void {
	program
		.command('export')
		.summary('make a SCORM package of a course for a learning management system (LMS)')
		.description(
			'Make a SCORM zip of one course for a hospital or clinic LMS. The site is built first, every link and the manifest are checked, and a size report is printed. SCORM 1.2 suits Moodle, TalentLMS and most LMSes; SCORM 2004 suits Cornerstone, SAP SuccessFactors and Blackboard when their IT team asks for it.'
		)
		.argument('<course>', 'a course folder name in courses/, or the path to a course folder')
		.addOption(new Option('--scorm <version>', 'SCORM version: 1.2, 2004-3rd or 2004-4th (2004 means 2004-4th)').argParser(parseVersion).default('1.2'))
		.addOption(
			new Option('--report <preset>', 'how results are reported to the LMS')
				.choices(['passed-failed', 'completed-incomplete', 'completed-passed'])
				.default('passed-failed')
		)
		.option('--out <folder>', 'folder to write the zip into', '.')
		.option('--site <folder>', 'package an already built site (from "npm run build") instead of building it first')
		.option('--send-reflections', 'also send the text learners write in reflection questions to the LMS (off by default: it stays on their device)')
		.addHelpText(
			'after',
			'\nReporting presets:\n  passed-failed         passed or failed by the pass mark; completed when the course has no graded quiz (default)\n  completed-incomplete  only completed or incomplete; a failed attempt stays incomplete so the learner can retry\n  completed-passed      passed, or completed when below the pass mark (never failed)\n\nExit codes: 0 package written, 1 the course or package has problems, 2 the export could not run.\nTry a package before sending it: npm run preview:lms -- <zip>'
		)
		.action(async (course: string, options: ExportFlags) => {
			const [{ findCourseFolders }, { exportScormPackage, VERSION_NAMES }, { formatReport }, { CliFailure }, { EXIT }, { displayPath, isInside }] = await Promise.all([
				import('../check/find-courses'),
				import('../../build/scorm/export-package'),
				import('../../lib/issues'),
				import('../errors'),
				import('../io'),
				import('../paths'),
			]);
			const { io, output } = context;
			const folders = findCourseFolders(course, io);
			if (folders.length !== 1) {
				throw new CliFailure(`"${course}" holds ${folders.length} courses; export makes one package at a time.`, 'Give the name or path of one course folder.');
			}
			const courseDir = folders[0]!;
			const root = isInside(io.cwd, courseDir) ? io.cwd : dirname(courseDir);
			output.print(`Exporting ${displayPath(io, courseDir)} as ${VERSION_NAMES[options.scorm]}, reporting ${options.report}.`);
			const result = exportScormPackage(
				{
					courseDir,
					root,
					version: options.scorm,
					preset: options.report,
					freeText: options.sendReflections === true,
					outDir: resolve(io.cwd, options.out),
					siteDir: options.site ? resolve(io.cwd, options.site) : undefined,
					env: io.env,
				},
				(line) => output.print(line)
			);
			if (!result.ok) {
				if (result.issues.length) output.print('', formatReport(result.issues), '');
				output.fail(result.message, result.hint);
				context.exitCode = result.issues.length ? EXIT.problems : EXIT.cannotRun;
				return;
			}
			output.print('', `Wrote ${displayPath(io, result.file)}`, ...result.report);
			if (result.warnings.length) output.print(`${result.warnings.length} ${result.warnings.length === 1 ? 'warning' : 'warnings'}: "npx peercourse check" lists them.`);
			output.print('', `Try it before sending it to hospital IT: npm run preview:lms -- ${displayPath(io, result.file)}`);
			context.exitCode = EXIT.ok;
		});
}

/** Options of `peercourse export`, as commander parsed them. */
interface ExportFlags {
	scorm: ScormVersion;
	report: ReportingPreset;
	out: string;
	site?: string;
	sendReflections?: boolean;
}

function parseVersion(value: string): ScormVersion {
	const known: Record<string, ScormVersion> = { '1.2': '1.2', '12': '1.2', '2004': '2004-4th', '2004-4th': '2004-4th', '2004-3rd': '2004-3rd' };
	const version = known[value.trim().toLowerCase()];
	if (!version) throw new InvalidArgumentError('Choose 1.2, 2004-3rd or 2004-4th.');
	return version;
}
