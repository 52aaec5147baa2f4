#!/usr/bin/env node
// The `peercourse` command. The CLI is written in TypeScript (src/cli/); tsx compiles it on
// the fly, so there is no build step between editing PeerCourse and running it.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/index.ts');
process.exitCode = await run(process.argv.slice(2), {
	stdout: process.stdout,
	stderr: process.stderr,
	cwd: process.cwd(),
	env: process.env,
	stdin: process.stdin,
});
