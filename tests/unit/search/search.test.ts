import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildSearchBundle } from '~/lib/search/build-index';
import { moduleSections } from '~/lib/search/documents';
import { loadSearcher } from '~/lib/search/query';
import { isUnspaced, segmentWords } from '~/lib/search/segment-words';
import { escapeHtml, snippetHtml } from '~/lib/search/snippet';

const mdx = `---
title: First-line support
---

Opening words about listening.

## Listen without judgement

Give her **time**. Violence is never her fault.

### Validate

<Quiz id="q">
  <SingleChoice prompt="What do you say first?">
    <Choice correct>I believe you.</Choice>
    <Feedback correct="Secret feedback words" />
  </SingleChoice>
</Quiz>

## Enhance safety

Plan together: a safe phone number, a place to go.
`;

describe('search sections', () => {
	it('splits a module at ## and ### headings with the heading ids Astro writes', () => {
		const sections = moduleSections(mdx, 'lives', 'First-line support');
		expect(sections.map((s) => s.id)).toEqual(['lives', 'lives#listen-without-judgement', 'lives#validate', 'lives#enhance-safety']);
		expect(sections[1]!.text).toBe('Give her time. Violence is never her fault.');
		expect(sections[2]!.text).toContain('What do you say first?');
		expect(sections[2]!.text).not.toContain('Secret feedback');
	});
});

describe('segmentation', () => {
	it('cuts spaced and unspaced scripts into words', () => {
		expect(segmentWords('Violence, never her fault!', 'en')).toEqual(['violence', 'never', 'her', 'fault']);
		expect(isUnspaced('km')).toBe(true);
		expect(isUnspaced('hi')).toBe(false);
		const khmer = segmentWords('សួស្តីអ្នកទាំងអស់គ្នា', 'km');
		expect(khmer.length).toBeGreaterThanOrEqual(2);
		expect(khmer.join('')).toBe('សួស្តីអ្នកទាំងអស់គ្នា');
		expect(segmentWords('हिंसा कभी उसकी गलती नहीं है', 'hi')).toEqual(['हिंसा', 'कभी', 'उसकी', 'गलती', 'नहीं', 'है']);
	});
});

describe('search', () => {
	it('finds stemmed English words deep in a module and links to the heading', async () => {
		const bundle = await buildSearchBundle(moduleSections(mdx, 'lives', 'First-line support'), 'en');
		const searcher = await loadSearcher(lunr, JSON.parse(JSON.stringify(bundle)));
		const [first] = searcher.search('phones');
		expect(first).toMatchObject({ module: 'lives', anchor: 'enhance-safety', heading: 'Enhance safety' });
		expect(first!.snippet).toContain('<mark>phone</mark>');
		expect(searcher.search('judgemen')[0]?.anchor).toBe('listen-without-judgement');
		expect(searcher.search('zebra')).toEqual([]);
	});
	it('searches Khmer without spaces, and Hindi with its stemmer', async () => {
		const km = await buildSearchBundle([{ id: 'm', module: 'm', moduleTitle: 'ម៉ូឌុល', heading: 'ម៉ូឌុល', anchor: '', text: 'សួស្តីអ្នកទាំងអស់គ្នា' }], 'km');
		const kmSearch = await loadSearcher(lunr, km);
		expect(kmSearch.search('អ្នក').map((r) => r.id)).toEqual(['m']);
		const hi = await buildSearchBundle([{ id: 'h', module: 'h', moduleTitle: 'सहायता', heading: 'सुनना', anchor: 'sunna', text: 'हिंसा कभी उसकी गलती नहीं है' }], 'hi');
		const hiSearch = await loadSearcher(lunr, hi);
		expect(hiSearch.search('गलती')[0]?.anchor).toBe('sunna');
	});
	it('never renders the query as HTML', async () => {
		const bundle = await buildSearchBundle(moduleSections(mdx, 'lives', 'First-line support'), 'en');
		const searcher = await loadSearcher(lunr, bundle);
		expect(searcher.search('<img src=x onerror=alert(1)>')).toEqual([]);
		expect(snippetHtml('a <b> c', ['<b>'], 'en')).toBe('a <mark>&lt;b&gt;</mark> c');
		expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
	});
});
