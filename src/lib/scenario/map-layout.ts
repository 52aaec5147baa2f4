/** Lays out a scenario graph with dagre: node boxes and labelled choice arrows, in pixels. */
import dagre from '@dagrejs/dagre';
import { truncateText } from './text';
import type { Choice, Outcome, Scenario } from './types';

/** A box on the map. */
export interface MapNode {
	id: string;
	kind: 'scene' | 'ending' | 'missing';
	/** Lines of text, the first drawn bold. */
	lines: string[];
	outcome?: Outcome;
	start: boolean;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A choice arrow on the map. */
export interface MapEdge {
	from: string;
	to: string;
	choiceId: string;
	label: string;
	fullText: string;
	stigmatising: boolean;
	points: { x: number; y: number }[];
	labelX: number;
	labelY: number;
	labelWidth: number;
}

/** The laid-out map. */
export interface MapLayout {
	nodes: MapNode[];
	edges: MapEdge[];
	width: number;
	height: number;
}

/** Approximate width of one character of 12px sans-serif; good enough to size boxes. */
export const CHAR_WIDTH = 6.8;
/** Height of one line of text in a box or label. */
export const LINE_HEIGHT = 16;

/** Lays out scenes, endings and choices (plus a red box for each missing target). */
export function layoutScenarioMap(scenario: Scenario): MapLayout {
	const g = new dagre.graphlib.Graph({ multigraph: true });
	// dagre draws labelled self-loops poorly, so we draw them ourselves beside the box and
	// widen the gap between boxes enough for their labels.
	const loopLabels = scenario.scenes.flatMap((s) =>
		s.choices.filter((c) => c.to === s.id).map(labelOf)
	);
	const loopRoom = loopLabels.length
		? Math.max(...loopLabels.map((l) => l.length * CHAR_WIDTH)) + 40
		: 0;
	g.setGraph({
		rankdir: 'TB',
		nodesep: 36 + loopRoom,
		ranksep: 56,
		edgesep: 16,
		marginx: 16,
		marginy: 16,
	});
	g.setDefaultEdgeLabel(() => ({}));
	const nodes = new Map<string, MapNode>();
	const addNode = (node: Omit<MapNode, 'x' | 'y' | 'width' | 'height'>) => {
		if (nodes.has(node.id)) return; // Duplicate ids are reported by validation; draw the first.
		const width = Math.min(
			260,
			Math.max(120, ...node.lines.map((l) => l.length * CHAR_WIDTH + 20))
		);
		const full = { ...node, x: 0, y: 0, width, height: node.lines.length * LINE_HEIGHT + 14 };
		nodes.set(node.id, full);
		g.setNode(node.id, { width: full.width, height: full.height });
	};
	for (const scene of scenario.scenes) {
		const start = scene.id === scenario.start;
		addNode({
			id: scene.id,
			kind: 'scene',
			start,
			lines: [start ? `${scene.id} (start)` : scene.id, ...wrap(scene.title)],
		});
	}
	for (const ending of scenario.endings) {
		const lines = [`Ending: ${ending.outcome}`, ending.id, ...wrap(ending.title)];
		addNode({ id: ending.id, kind: 'ending', start: false, outcome: ending.outcome, lines });
	}
	const edges: MapEdge[] = [];
	for (const scene of scenario.scenes) {
		for (const choice of scene.choices) {
			if (!nodes.has(choice.to))
				addNode({ id: choice.to, kind: 'missing', start: false, lines: ['Missing', choice.to] });
			const label = labelOf(choice);
			const labelWidth = label.length * CHAR_WIDTH + 8;
			const name = `${scene.id}/${choice.id}/${edges.length}`;
			if (choice.to !== scene.id) {
				g.setEdge(
					scene.id,
					choice.to,
					{ width: labelWidth, height: LINE_HEIGHT, labelpos: 'c' },
					name
				);
			}
			edges.push({
				from: scene.id,
				to: choice.to,
				choiceId: choice.id,
				label,
				fullText: choice.text,
				stigmatising: choice.stigmatising,
				points: [],
				labelX: 0,
				labelY: 0,
				labelWidth,
			});
		}
	}
	dagre.layout(g);
	for (const node of nodes.values())
		Object.assign(node, { x: g.node(node.id).x, y: g.node(node.id).y });
	edges.forEach((edge, i) => {
		if (edge.from === edge.to) return placeLoop(edge, nodes.get(edge.from)!);
		const laid = g.edge({ v: edge.from, w: edge.to, name: `${edge.from}/${edge.choiceId}/${i}` });
		edge.points = laid.points ?? [];
		edge.labelX = laid.x ?? 0;
		edge.labelY = laid.y ?? 0;
	});
	const size = g.graph();
	return {
		nodes: [...nodes.values()],
		edges,
		width: Math.ceil(size.width ?? 0),
		height: Math.ceil(size.height ?? 0),
	};
}

/** The short arrow label of a choice; stigmatising ones say so in words, not only by dashes. */
function labelOf(choice: Choice): string {
	const short = truncateText(choice.text, 30);
	return choice.stigmatising ? `Stigmatising: ${short}` : short;
}

/** A loop leaving the top of the box and coming back into its right side, label beside it. */
function placeLoop(edge: MapEdge, node: MapNode): void {
	const right = node.x + node.width / 2;
	const top = node.y - node.height / 2;
	edge.points = [
		{ x: right - 16, y: top },
		{ x: right - 16, y: top - 12 },
		{ x: right + 18, y: top - 12 },
		{ x: right + 18, y: node.y },
		{ x: right, y: node.y },
	];
	edge.labelX = right + 24 + edge.labelWidth / 2;
	edge.labelY = node.y - 10;
}

/** Wraps a short title onto at most two lines of about 30 characters. */
function wrap(text: string): string[] {
	const short = truncateText(text, 60);
	if (short.length <= 32) return short ? [short] : [];
	const cut = short.lastIndexOf(' ', 32);
	const at = cut > 10 ? cut : 32;
	return [short.slice(0, at).trim(), short.slice(at).trim()];
}
