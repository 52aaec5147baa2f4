/**
 * A copy of the learner's progress on this device while the LMS has not confirmed it, so a
 * refused commit or a closed window before the LMS saved loses nothing. The copy remembers which
 * LMS saved data it was based on: at the next launch it wins only if the LMS still holds that
 * same data (otherwise the learner has since continued elsewhere and the LMS is newer). It is
 * removed once a commit succeeds, so shared hospital computers do not keep progress around.
 */
import { progressKey } from '../backend';

/** What the mirror keeps: progress JSON and the LMS suspend data it builds on. */
export interface MirrorEntry {
	/** Progress JSON as the tracker saves it. */
	text: string;
	/** `cmi.suspend_data` as last committed when this copy was written. */
	base: string;
}

/** The mirror of one course for one learner. */
export interface ProgressMirror {
	read(): MirrorEntry | undefined;
	write(entry: MirrorEntry): void;
	/** The LMS confirmed everything: forget the copy. */
	clear(): void;
	/** Keeps unreadable saved data aside, like the local back-end does. */
	setAside(text: string): void;
}

/** Storage the mirror needs (localStorage, or a fake in tests). */
export type MirrorStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The mirror for `courseId` and the LMS learner id. The learner id is hashed into the key so
 * two people on one computer never resume each other's progress, without storing the id itself.
 */
export function progressMirror(courseId: string, learnerId: string, storage: MirrorStorage | undefined = safeStorage()): ProgressMirror {
	const key = `${progressKey(courseId)}:lms:${hashText(learnerId)}`;
	const guard = (action: () => void) => {
		try {
			action();
		} catch {
			// Storage full or blocked: the LMS copy is all there is.
		}
	};
	return {
		read() {
			try {
				const data = JSON.parse(storage?.getItem(key) ?? 'null') as Partial<MirrorEntry> | null;
				return data && typeof data.text === 'string' && typeof data.base === 'string'
					? { text: data.text, base: data.base }
					: undefined;
			} catch {
				return undefined;
			}
		},
		write: (entry) => guard(() => storage?.setItem(key, JSON.stringify(entry))),
		clear: () => guard(() => storage?.removeItem(key)),
		setAside: (text) => guard(() => storage?.setItem(`peercourse:v1:set-aside:${courseId}:${Date.now()}`, text)),
	};
}

/** FNV-1a, 32 bit, as base 36: short, stable, and not the learner id itself. */
export function hashText(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

function safeStorage(): MirrorStorage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}
