/**
 * A small seeded random number generator (mulberry32), so draws and shuffles are the same
 * for the same seed in every browser and in tests. Not for anything secret.
 */
export function createRng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy of a list (Fisher–Yates). */
export function shuffleWith<T>(items: readonly T[], rng: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * A shuffled copy that is never the original order (when there are two or more items), for
 * ordering and matching, where the authored order would give the answer away.
 */
export function scrambleWith<T>(items: readonly T[], rng: () => number): T[] {
	const out = shuffleWith(items, rng);
	const same = out.every((x, i) => x === items[i]);
	return same && out.length > 1 ? [...out.slice(1), out[0]!] : out;
}

/** Picks `count` items at random, kept in their original order (authors order questions on purpose). */
export function drawWith<T>(items: readonly T[], count: number, rng: () => number): T[] {
	if (count >= items.length) return [...items];
	const picked = new Set(
		shuffleWith(
			items.map((_, i) => i),
			rng
		).slice(0, Math.max(0, count))
	);
	return items.filter((_, i) => picked.has(i));
}
