import { localBackend, type LearningRecordLike, type ProgressBackend } from './backend';
import { courseResult, moduleStatus, type CourseOutline, type CourseResult, type ModuleStatus } from './course-rules';
import { emptyProgress, parseProgress, type BlockSummary, type CourseProgress } from './progress-model';

export type TrackerNotice = 'progress-reset' | 'storage-unavailable';
type Listener = (tracker: Tracker) => void;

/**
 * The one owner of a learner's progress in a course. Pages and islands read and change
 * progress only through it; it saves after every change, so a reload or a closed tab loses
 * nothing, and it hands learning records to the back-end.
 */
export class Tracker {
	readonly notices: TrackerNotice[] = [];
	#progress: CourseProgress;
	#listeners = new Set<Listener>();

	constructor(
		readonly outline: CourseOutline,
		readonly backend: ProgressBackend
	) {
		const saved = backend.load();
		const parsed = parseProgress(saved);
		if (!parsed.ok) {
			// Unreadable or from another version: keep it aside, start fresh, and say so.
			backend.setAside(saved ?? '');
			this.notices.push('progress-reset');
		}
		this.#progress = (parsed.ok && parsed.progress) || emptyProgress();
		if (backend.kind === 'memory') this.notices.push('storage-unavailable');
	}

	get progress(): Readonly<CourseProgress> {
		return this.#progress;
	}

	get result(): CourseResult {
		return courseResult(this.outline, this.#progress);
	}

	moduleStatus(slug: string): ModuleStatus {
		return moduleStatus(this.outline, this.#progress, slug);
	}

	/** The learner opened a module: it becomes the bookmark. */
	visit(slug: string): void {
		this.#change((p) => {
			p.seen[slug] = 1;
			p.at = slug;
		});
	}

	/** The learner said they finished a module (modules without graded blocks). */
	markDone(slug: string): void {
		this.#change((p) => {
			p.done[slug] = 1;
		});
	}

	blockState<T>(id: string): T | undefined {
		return this.#progress.blocks[id]?.st as T | undefined;
	}

	/** A quiz or role-play changed: keep its state and its summary for the course rules. */
	setBlock(id: string, state: unknown, summary: BlockSummary): void {
		this.#change((p) => {
			p.blocks[id] = { st: state, sum: summary };
		});
	}

	/** Hands a learning record to the back-end (the LMS, for SCORM). */
	record(record: LearningRecordLike): void {
		this.backend.record?.(record);
	}

	/** Forgets this course's progress (the About page, or "start again"). */
	reset(): void {
		this.backend.clear();
		this.#progress = emptyProgress();
		this.#emit();
	}

	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#change(mutate: (p: CourseProgress) => void): void {
		const next = structuredClone(this.#progress);
		mutate(next);
		const result = courseResult(this.outline, next);
		if (result.complete && !next.completedAt) next.completedAt = Date.now();
		this.#progress = next;
		this.backend.save(JSON.stringify(next), next, result);
		this.#emit();
	}

	#emit(): void {
		for (const l of this.#listeners) l(this);
	}
}

const trackers = new Map<string, Tracker>();
type BackendFactory = (outline: CourseOutline) => ProgressBackend;
let backendFactory: BackendFactory = (outline) => localBackend(outline.id);

/** Lets the SCORM launch page (or a test) choose the back-end before any tracker exists. */
export function useBackend(factory: BackendFactory): void {
	backendFactory = factory;
	trackers.clear();
}

/** The tracker of a course (one per course per page). */
export function getTracker(outline: CourseOutline): Tracker {
	let tracker = trackers.get(outline.id);
	if (!tracker) {
		tracker = new Tracker(outline, findHostBackend(outline) ?? backendFactory(outline));
		trackers.set(outline.id, tracker);
	}
	return tracker;
}

/**
 * Inside a SCORM package, module pages run in a frame of the launch page, which owns the
 * single LMS session and exposes a back-end factory on its window. Probes are guarded:
 * a cross-origin parent throws on access.
 */
function findHostBackend(outline: CourseOutline): ProgressBackend | undefined {
	if (typeof window === 'undefined') return undefined;
	let w: Window = window;
	for (let i = 0; i < 10; i++) {
		try {
			const host = (w as unknown as { peercourseHost?: { backend(o: CourseOutline): ProgressBackend } }).peercourseHost;
			if (host) return host.backend(outline);
		} catch {
			return undefined;
		}
		if (w.parent === w) break;
		w = w.parent;
	}
	return undefined;
}
