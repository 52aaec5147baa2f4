/**
 * Follows every link and asset of a served site from its start page, using plain HTTP
 * (no browser), and reports what is broken: a status other than 200, or an anchor
 * (`#id`) that the target page does not have.
 */
export interface CrawlResult {
	pages: string[];
	assets: string[];
	broken: { url: string; from: string; reason: string }[];
	/** Links to other websites (sources), never followed. */
	external: string[];
}

export async function crawlSite(startUrl: string): Promise<CrawlResult> {
	const origin = new URL(startUrl).origin;
	const scope = new URL('./', startUrl).href;
	const queue: { url: string; from: string }[] = [{ url: startUrl, from: '(start)' }];
	const seen = new Set<string>();
	const html = new Map<string, string>();
	const anchors: { url: string; id: string; from: string }[] = [];
	const result: CrawlResult = { pages: [], assets: [], broken: [], external: [] };
	while (queue.length) {
		const { url, from } = queue.shift()!;
		const bare = url.split('#')[0]!;
		if (seen.has(bare)) continue;
		seen.add(bare);
		const response = await fetch(bare);
		if (response.status !== 200) {
			result.broken.push({ url: bare, from, reason: `HTTP ${response.status}` });
			continue;
		}
		const type = response.headers.get('content-type') ?? '';
		if (!type.includes('text/html')) {
			result.assets.push(bare);
			await response.arrayBuffer();
			continue;
		}
		const text = await response.text();
		html.set(bare, text);
		result.pages.push(bare);
		for (const { ref, kind } of references(text)) {
			const target = new URL(ref, bare);
			if (target.origin !== origin) {
				// Links to sources are fine (the learner chooses to follow them); assets never are.
				if (kind === 'asset') result.broken.push({ url: target.href, from: bare, reason: 'asset from another host' });
				else result.external.push(target.href);
				continue;
			}
			if (!target.href.startsWith(scope)) {
				result.broken.push({ url: target.href, from: bare, reason: 'outside the site folder' });
				continue;
			}
			if (target.hash) anchors.push({ url: target.href.split('#')[0]!, id: decodeURIComponent(target.hash.slice(1)), from: bare });
			queue.push({ url: target.href, from: bare });
		}
	}
	for (const a of anchors) {
		const page = html.get(a.url);
		if (page !== undefined && !new RegExp(`\\sid=["']${escape(a.id)}["']`).test(page)) {
			result.broken.push({ url: `${a.url}#${a.id}`, from: a.from, reason: 'missing anchor' });
		}
	}
	return result;
}

/** URLs a page refers to: links (`<a href>`) and assets (scripts, styles, images, islands). */
function references(html: string): { ref: string; kind: 'link' | 'asset' }[] {
	const refs: { ref: string; kind: 'link' | 'asset' }[] = [];
	const re = /<(\w[\w-]*)\b[^>]*?\s(href|src|component-url|renderer-url|before-hydration-url)=["']([^"']+)["']/g;
	for (const m of html.matchAll(re)) {
		const ref = m[3]!.replace(/&amp;/g, '&');
		if (/^(mailto:|tel:|data:|javascript:)/.test(ref)) continue;
		refs.push({ ref, kind: m[1] === 'a' && m[2] === 'href' ? 'link' : 'asset' });
	}
	for (const m of html.matchAll(/\ssrcset=["']([^"']+)["']/g)) {
		for (const part of m[1]!.split(',')) refs.push({ ref: part.trim().split(/\s+/)[0]!, kind: 'asset' });
	}
	return refs;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
