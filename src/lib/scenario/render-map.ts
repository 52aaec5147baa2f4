/**
 * Draws the scenario map as an SVG string for authors: scenes as boxes, choices as labelled
 * arrows, endings coloured by outcome and always labelled with the outcome word, stigmatising
 * choices dashed and labelled. Titled and described for screen readers.
 */
import { layoutScenarioMap, LINE_HEIGHT, type MapEdge, type MapNode } from './map-layout';
import { escapeHtml as esc } from './render-markdown';
import type { Outcome, Scenario } from './types';

/** Fill and border per outcome; the outcome word is always drawn too (never colour alone). */
const OUTCOME_COLOURS: Record<Outcome, { fill: string; stroke: string }> = {
	good: { fill: '#dafbe1', stroke: '#1a7f37' },
	mixed: { fill: '#fff8c5', stroke: '#9a6700' },
	poor: { fill: '#ffebe9', stroke: '#cf222e' },
};

const HEADER = 44;

/** Renders the map of `scenario` as a standalone SVG document string. */
export function renderScenarioMap(scenario: Scenario): string {
	const layout = layoutScenarioMap(scenario);
	const width = Math.max(layout.width, 360);
	const height = layout.height + HEADER;
	const choices = layout.edges.length;
	const desc =
		`${scenario.scenes.length} scenes, ${scenario.endings.length} endings and ${choices} choices. ` +
		`The run starts at "${scenario.start}". Arrows are choices; dashed arrows are stigmatising choices. ` +
		'Each ending is labelled with its outcome: good, mixed or poor.';
	// Ids are prefixed so several maps can sit in one page without clashing.
	const ns = `scenario-map-${esc(scenario.id)}`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${ns}-title ${ns}-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
		`<title id="${ns}-title">Scenario map: ${esc(scenario.title)} (${esc(scenario.id)})</title>`,
		`<desc id="${ns}-desc">${esc(desc)}</desc>`,
		`<defs><marker id="${ns}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		`<text x="16" y="20" font-size="14" font-weight="bold" fill="#1f2328">${esc(scenario.title)}</text>`,
		`<text x="16" y="36" fill="#57606a">Dashed arrow: stigmatising choice. Endings show their outcome word.</text>`,
		`<g transform="translate(0 ${HEADER})">`,
		...layout.edges.map((edge) => renderEdge(edge, `${ns}-arrow`)),
		...layout.nodes.map(renderNode),
		'</g>',
		'</svg>',
	].join('\n');
}

function renderNode(node: MapNode): string {
	const left = node.x - node.width / 2;
	const top = node.y - node.height / 2;
	const colours =
		node.kind === 'ending' && node.outcome
			? OUTCOME_COLOURS[node.outcome]
			: node.kind === 'missing'
				? { fill: '#ffffff', stroke: '#cf222e' }
				: { fill: '#ffffff', stroke: node.start ? '#0969da' : '#57606a' };
	const dash = node.kind === 'missing' ? ' stroke-dasharray="4 3"' : '';
	const strokeWidth = node.start || node.kind === 'ending' ? 2.5 : 1.5;
	const text = node.lines
		.map((line, i) => {
			const weight = i === 0 ? ' font-weight="bold"' : '';
			return `<text x="${fmt(node.x)}" y="${fmt(top + 18 + i * LINE_HEIGHT)}" text-anchor="middle" fill="#1f2328"${weight}>${esc(line)}</text>`;
		})
		.join('');
	return (
		`<g class="${node.kind}" data-id="${esc(node.id)}"><title>${esc(node.lines.join(' — '))}</title>` +
		`<rect x="${fmt(left)}" y="${fmt(top)}" width="${fmt(node.width)}" height="${fmt(node.height)}" rx="${node.kind === 'ending' ? 12 : 4}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="${strokeWidth}"${dash}/>` +
		`${text}</g>`
	);
}

function renderEdge(edge: MapEdge, marker: string): string {
	const d = edge.points.map((p, i) => `${i ? 'L' : 'M'}${fmt(p.x)},${fmt(p.y)}`).join(' ');
	const dash = edge.stigmatising ? ' stroke-dasharray="6 4"' : '';
	const colour = edge.stigmatising ? '#cf222e' : '#57606a';
	const lx = edge.labelX - edge.labelWidth / 2;
	return (
		`<g class="choice${edge.stigmatising ? ' stigmatising' : ''}" data-choice="${esc(edge.choiceId)}"><title>${esc(`${edge.from} → ${edge.to}: ${edge.fullText}`)}</title>` +
		`<path d="${d}" fill="none" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#${marker})"/>` +
		`<rect x="${fmt(lx)}" y="${fmt(edge.labelY - LINE_HEIGHT / 2)}" width="${fmt(edge.labelWidth)}" height="${LINE_HEIGHT}" fill="#ffffff" opacity="0.9"/>` +
		`<text x="${fmt(edge.labelX)}" y="${fmt(edge.labelY + 4)}" text-anchor="middle" fill="${edge.stigmatising ? '#a40e26' : '#1f2328'}" font-size="11">${esc(edge.label)}</text></g>`
	);
}

/** Rounds coordinates so the SVG stays small and stable. */
function fmt(n: number): string {
	return String(Math.round(n * 10) / 10);
}
