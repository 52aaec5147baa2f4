import lunr from 'lunr';
import type { SearchBundle } from '../lib/search/build-index';
import { loadSearcher, type Searcher, type SearchResult } from '../lib/search/query';

let searcher: Promise<Searcher> | undefined;

/** Shows the search dialog, loading the course's index the first time. */
export async function openSearch(dialog: HTMLDialogElement): Promise<void> {
	const input = dialog.querySelector<HTMLInputElement>('#pc-search-input')!;
	const status = dialog.querySelector<HTMLElement>('#pc-search-status')!;
	const list = dialog.querySelector<HTMLOListElement>('#pc-search-results')!;
	if (!dialog.open) dialog.showModal();
	input.focus();
	if (!searcher) {
		status.textContent = dialog.dataset.loading ?? '';
		searcher = loadIndex(dialog).catch((error: unknown) => {
			searcher = undefined;
			throw error;
		});
		wire(dialog, input, status, list);
	}
	try {
		await searcher;
		status.textContent = '';
		if (input.value) input.dispatchEvent(new Event('input'));
	} catch {
		status.textContent = dialog.dataset.failed ?? '';
	}
}

async function loadIndex(dialog: HTMLDialogElement): Promise<Searcher> {
	const root = document.documentElement.dataset.siteRoot ?? '/';
	const url = new URL(`${root}${dialog.dataset.course}/${dialog.dataset.prefix ?? ''}search-index.json`, location.href);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
	return loadSearcher(lunr, (await response.json()) as SearchBundle);
}

function wire(dialog: HTMLDialogElement, input: HTMLInputElement, status: HTMLElement, list: HTMLOListElement): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(async () => {
			const query = input.value.trim();
			if (query.length < 2) {
				list.replaceChildren();
				status.textContent = '';
				return;
			}
			const results = (await searcher)?.search(query) ?? [];
			render(dialog, list, results);
			status.textContent = countText(dialog, results.length);
		}, 120);
	});
	dialog.addEventListener('keydown', (event) => {
		// A search input would only clear itself on the first Escape: close at once instead.
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
			return;
		}
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
		if (!links.length) return;
		event.preventDefault();
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
		else if (at <= 0) input.focus();
		else links[at - 1]!.focus();
	});
}

function render(dialog: HTMLDialogElement, list: HTMLOListElement, results: SearchResult[]): void {
	const root = document.documentElement.dataset.siteRoot ?? '/';
	// Built pages link to index.html files (LMSes serve no directory indexes); the dev server does.
	const file = location.pathname.endsWith('.html') ? 'index.html' : '';
	list.replaceChildren(
		...results.map((r) => {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = new URL(`${root}${dialog.dataset.course}/${dialog.dataset.prefix ?? ''}${r.module}/${file}${r.anchor ? `#${r.anchor}` : ''}`, location.href).href;
			const where = document.createElement('span');
			where.className = 'where';
			where.textContent = r.anchor ? `${r.moduleTitle} › ${r.heading}` : r.moduleTitle;
			const snippet = document.createElement('span');
			// The snippet is course text escaped by snippetHtml, with <mark> around matches.
			snippet.innerHTML = r.snippet;
			a.append(where, snippet);
			a.addEventListener('click', () => dialog.close());
			li.append(a);
			return li;
		})
	);
}

function countText(dialog: HTMLDialogElement, count: number): string {
	const lang = document.documentElement.lang || 'en';
	const category = count === 0 ? 'zero' : new Intl.PluralRules(lang).select(count);
	const template = (category === 'zero' ? dialog.dataset.zero : category === 'one' ? dialog.dataset.one : dialog.dataset.other) ?? '';
	return template.replace('{count}', new Intl.NumberFormat(lang).format(count));
}
