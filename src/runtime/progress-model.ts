/**
 * The learner's progress in one course, as saved on the device (and later in SCORM
 * suspend_data). Kept compact: ids only, short keys, no text.
 */
export const PROGRESS_VERSION = 1;

/** Summary a block (quiz, role-play) reports with its state, so the course rules need no block code. */
export interface BlockSummary {
	/** The block is finished (graded quiz passed or out of attempts; role-play reached an ending). */
	d: boolean;
	/** Passed (graded quizzes only). */
	p?: boolean;
	/** Score 0–100 (graded quizzes only). */
	s?: number;
}

export interface BlockProgress {
	/** The block's own state (quiz answers, scenario path…), owned by the block's library. */
	st: unknown;
	sum: BlockSummary;
}

export interface CourseProgress {
	v: typeof PROGRESS_VERSION;
	/** Modules the learner marked as finished (module slug → 1). */
	done: Record<string, 1>;
	/** Modules the learner opened (module slug → 1). */
	seen: Record<string, 1>;
	/** Interactive blocks by id. */
	blocks: Record<string, BlockProgress>;
	/** Last module the learner opened: where "Continue" and SCORM resume go. */
	at?: string;
	/** When the course was first completed (ms since epoch), for the certificate. */
	completedAt?: number;
}

/** A fresh, empty progress record. */
export function emptyProgress(): CourseProgress {
	return { v: PROGRESS_VERSION, done: {}, seen: {}, blocks: {} };
}

/**
 * Reads saved progress. Anything that is not a well-formed record of this version is
 * reported as unreadable (the caller sets it aside and starts fresh) rather than trusted.
 */
export function parseProgress(text: string | null): { ok: true; progress: CourseProgress } | { ok: false; reason: string } | { ok: true; progress: undefined } {
	if (text === null || text === '') return { ok: true, progress: undefined };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not JSON' };
	}
	if (!isRecord(data)) return { ok: false, reason: 'not an object' };
	if (data.v !== PROGRESS_VERSION) return { ok: false, reason: `version ${String(data.v)}` };
	if (!isFlagMap(data.done) || !isFlagMap(data.seen) || !isRecord(data.blocks)) return { ok: false, reason: 'missing parts' };
	for (const b of Object.values(data.blocks)) {
		if (!isRecord(b) || !isRecord(b.sum) || typeof b.sum.d !== 'boolean') return { ok: false, reason: 'bad block' };
	}
	if (data.at !== undefined && typeof data.at !== 'string') return { ok: false, reason: 'bad bookmark' };
	return { ok: true, progress: data as unknown as CourseProgress };
}

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isFlagMap(x: unknown): x is Record<string, 1> {
	return isRecord(x) && Object.values(x).every((v) => v === 1);
}
