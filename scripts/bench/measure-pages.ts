import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export type ResourceKind = 'html' | 'css' | 'js' | 'images' | 'fonts' | 'data' | 'other';
export interface PageWeight {
	total: { raw: number; gzip: number };
	byKind: Record<ResourceKind, { raw: number; gzip: number }>;
	requests: number;
	largest: { url: string; gzip: number }[];
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

function kindOf(type: string, url: string): ResourceKind {
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script') return 'js';
	if (type === 'image') return 'images';
	if (type === 'font') return 'fonts';
	if (type === 'fetch' || type === 'xhr' || url.endsWith('.json')) return 'data';
	return 'other';
}

/**
 * What a browser downloads for a first visit to a page, from Chromium's network log (not by
 * summing files): every response body, raw and gzip-compressed (what a compressing host sends).
 * `act` runs after load, e.g. to open search.
 */
export async function measurePage(browser: Browser, url: string, act?: (page: Page) => Promise<void>): Promise<PageWeight> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const bodies: Promise<{ kind: ResourceKind; url: string; raw: number; gzip: number }>[] = [];
	page.on('response', (response) => {
		const request = response.request();
		bodies.push(
			response
				.body()
				.then((body) => ({ kind: kindOf(request.resourceType(), request.url()), url: request.url(), raw: body.length, gzip: gzipSync(body).length }))
				.catch(() => ({ kind: 'other' as const, url: request.url(), raw: 0, gzip: 0 }))
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// Islands hydrate when visible: scroll through the page so every one loads, as a reader would.
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
			scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 50));
		}
	});
	await page.waitForLoadState('networkidle');
	if (act) await act(page);
	await page.waitForLoadState('networkidle');
	const entries = await Promise.all(bodies);
	await context.close();
	const zero = () => ({ raw: 0, gzip: 0 });
	const byKind = { html: zero(), css: zero(), js: zero(), images: zero(), fonts: zero(), data: zero(), other: zero() };
	for (const e of entries) {
		byKind[e.kind].raw += e.raw;
		byKind[e.kind].gzip += e.gzip;
	}
	const total = entries.reduce((t, e) => ({ raw: t.raw + e.raw, gzip: t.gzip + e.gzip }), zero());
	const largest = [...entries].sort((a, b) => b.gzip - a.gzip).slice(0, 3).map((e) => ({ url: e.url, gzip: e.gzip }));
	return { total, byKind, requests: entries.length, largest };
}

/**
 * First contentful paint and time until the page's islands are interactive, on an emulated
 * slow phone: 400 kbit/s, 400 ms round trip, CPU slowed 4×.
 */
export async function measureTiming(browser: Browser, url: string, island: boolean): Promise<{ fcp: number; interactive?: number }> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	const fcp = await page.evaluate(async () => {
		for (let i = 0; i < 100; i++) {
			const entry = performance.getEntriesByName('first-contentful-paint')[0];
			if (entry) return entry.startTime;
			await new Promise((r) => setTimeout(r, 50));
		}
		return NaN;
	});
	let interactive: number | undefined;
	if (island) {
		// Interactive: the first quiz or role-play a learner scrolls to has hydrated.
		// Islands are `display: contents`: scroll their first element into view instead.
		await page.evaluate(() => {
			const island = document.querySelector('astro-island');
			(island?.firstElementChild ?? island?.parentElement)?.scrollIntoView();
		});
		await page.waitForFunction(() => {
			const island = document.querySelector('astro-island');
			return !!island && !island.hasAttribute('ssr');
		}, undefined, { timeout: 90_000 });
		interactive = await page.evaluate(() => performance.now());
	}
	await context.close();
	return { fcp, interactive };
}
