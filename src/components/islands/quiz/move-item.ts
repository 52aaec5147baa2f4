/**
 * A copy of a list with the item at `from` moved by `delta` places (−1 up, +1 down), or the
 * same list when the move would leave the list. Ordering questions use it for their
 * "Move up" and "Move down" buttons.
 */
export function moveItem<T>(items: readonly T[], from: number, delta: number): readonly T[] {
	const to = from + delta;
	if (from < 0 || from >= items.length || to < 0 || to >= items.length || delta === 0) return items;
	const out = [...items];
	const [item] = out.splice(from, 1);
	out.splice(to, 0, item!);
	return out;
}
