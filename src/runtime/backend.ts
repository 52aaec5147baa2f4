import type { CourseResult } from './course-rules';
import type { CourseProgress } from './progress-model';

/**
 * Where progress is kept. The local back-end keeps it on this device; the SCORM back-ends
 * (see scorm/) also report status, score and interactions to the LMS. Pages and islands
 * never talk to a back-end directly: only the tracker does.
 */
export interface ProgressBackend {
	readonly kind: 'local' | 'memory' | 'scorm12' | 'scorm2004';
	/** The saved progress text, or null when there is none. Never throws. */
	load(): string | null;
	/** Keeps the progress. Never throws; failures are kept for a later retry by the back-end. */
	save(text: string, progress: CourseProgress, result: CourseResult): void;
	/** Keeps unreadable saved data aside, so nothing is thrown away. */
	setAside(text: string): void;
	/** Receives a learning record (quiz answer, role-play choice…). */
	record?(record: LearningRecordLike): void;
	/** Forgets this course's progress on this device. */
	clear(): void;
}

/** The part of a learning record the tracker needs; the full types live in lib/quiz and lib/scenario. */
export interface LearningRecordLike {
	kind: string;
	timestamp: string;
}

const PREFIX = 'peercourse:v1:';

/** localStorage key of a course's progress. Every key PeerCourse uses starts with `peercourse:`. */
export function progressKey(courseId: string): string {
	return `${PREFIX}progress:${courseId}`;
}

/** Progress in localStorage, under a versioned key per course. */
export function localBackend(courseId: string, storage: Storage | undefined = safeLocalStorage()): ProgressBackend {
	const memory = new Map<string, string>();
	const get = (k: string) => {
		try {
			return storage ? storage.getItem(k) : (memory.get(k) ?? null);
		} catch {
			return memory.get(k) ?? null;
		}
	};
	const set = (k: string, v: string) => {
		memory.set(k, v);
		try {
			storage?.setItem(k, v);
		} catch {
			// Storage full or blocked: the in-memory copy keeps this visit's progress.
		}
	};
	return {
		kind: storage ? 'local' : 'memory',
		load: () => get(progressKey(courseId)),
		save: (text) => set(progressKey(courseId), text),
		setAside: (text) => set(`${PREFIX}set-aside:${courseId}:${Date.now()}`, text),
		clear: () => {
			memory.delete(progressKey(courseId));
			try {
				storage?.removeItem(progressKey(courseId));
			} catch {
				/* nothing to clear */
			}
		},
	};
}

/** Removes every PeerCourse key on this device (the About page's button). */
export function clearAllLocalProgress(storage: Storage | undefined = safeLocalStorage()): number {
	if (!storage) return 0;
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const k = storage.key(i);
		if (k?.startsWith('peercourse:')) keys.push(k);
	}
	for (const k of keys) storage.removeItem(k);
	return keys.length;
}

function safeLocalStorage(): Storage | undefined {
	try {
		const s = globalThis.localStorage;
		const probe = 'peercourse:probe';
		s.setItem(probe, '1');
		s.removeItem(probe);
		return s;
	} catch {
		return undefined;
	}
}
