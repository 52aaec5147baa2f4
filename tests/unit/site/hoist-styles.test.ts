import { describe, expect, it } from 'vitest';
import { hoistBodyStyles } from '~/lib/site/hoist-styles';

describe('hoistBodyStyles', () => {
	it('moves styles from the body into the head, in order', () => {
		const html = '<html><head><title>x</title></head><body><section><style>astro-island{display:contents}</style><p>a</p></section><style>.b{}</style></body></html>';
		expect(hoistBodyStyles(html)).toBe('<html><head><title>x</title><style>astro-island{display:contents}</style><style>.b{}</style></head><body><section><p>a</p></section></body></html>');
	});
	it('leaves pages without body styles alone', () => {
		const html = '<html><head><style>a{}</style></head><body><p>a</p></body></html>';
		expect(hoistBodyStyles(html)).toBe(html);
	});
});
