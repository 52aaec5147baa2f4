import { describe, expect, it } from 'vitest';
import { lintMdx } from '~/lib/lint';
import { readEnglishPack } from './helpers';

const { pack } = readEnglishPack();
const codes = (text: string) => lintMdx(text, 'm.mdx', { rules: pack }).map((i) => i.code);

describe('mentions and quotations', () => {
	it.each([
		['straight double quotes', 'Never write "prostitute" in the notes.'],
		['curly double quotes', 'Never write “prostitute” in the notes.'],
		['curly single quotes', 'Never write ‘prostitute’ in the notes.'],
		['straight single quotes', "Never write 'prostitute' in the notes."],
		['a quoted phrase', 'He said she was "a prostitute, after all" and left.'],
		['a <Term> mention', 'The word <Term>prostitute</Term> carries judgement.'],
		['an <Avoid> mention', 'Avoid <Avoid>prostitute</Avoid> in notes.'],
	])('skips %s', (_name, text) => {
		expect(codes(text)).toEqual([]);
	});

	it('does not mistake apostrophes for quotation marks', () => {
		expect(codes("Sex workers' rights matter; the prostitute's file was open.")).toEqual([
			'sw/prostitute',
		]);
		expect(codes("Don't say prostitute, it's wrong.")).toEqual(['sw/prostitute']);
		expect(codes("The workers' union met a prostitute yesterday.")).toEqual(['sw/prostitute']);
	});

	it('checks the words just outside the quotation marks', () => {
		expect(codes('The prostitute said "I am fine".')).toEqual(['sw/prostitute']);
	});
});

describe('legal citations', () => {
	it('skips terms inside <Law>', () => {
		expect(
			codes(
				'Under <Law>section 8 of the Suppression of Prostitution law</Law>, soliciting is an offence.'
			)
		).toEqual([]);
	});
	it('skips terms in the title of an Act', () => {
		expect(codes('The Prostitution Act 2001 changed German law.')).toEqual([]);
		expect(codes('The HIV/AIDS Prevention and Control Act, 2017 protects privacy.')).toEqual([]);
	});
	it('still checks the term when "Act" is not part of a title', () => {
		expect(codes('Prostitution is work. Act on that.')).toEqual(['sw/prostitution']);
	});
});

describe('deliberate stigmatising examples', () => {
	it('skips the text and props of <Choice stigmatising> but checks its feedback', () => {
		const text = [
			'<Choice stigmatising label="Tell the prostitute to wait" feedback="Calling her a prostitute shames her.">',
			'  "Another prostitute," he says to a colleague.',
			'  <Feedback>A prostitute is a person first.</Feedback>',
			'</Choice>',
		].join('\n');
		const issues = lintMdx(text, 'm.mdx', { rules: pack });
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['sw/prostitute', 1],
			['sw/prostitute', 3],
		]);
		expect(issues[0]!.column).toBe(text.indexOf('prostitute shames') + 1);
	});
	it('accepts tone="stigmatising" and <StigmatisingExample>', () => {
		expect(codes('<Choice tone="stigmatising" label="Call her a hooker">x</Choice>')).toEqual([]);
		expect(
			codes(
				'<StigmatisingExample>\n  "Child prostitute" written in the notes.\n  The AIDS victim in bed 2.\n</StigmatisingExample>'
			)
		).toEqual([]);
	});
	it('checks ordinary choices', () => {
		expect(codes('<Choice label="Call her a hooker">x</Choice>')).toEqual(['sw/slurs']);
	});
});

describe('speaker-aware dialogue', () => {
	it('lets a patient describe herself with a reclaimed word, for rules marked self', () => {
		expect(codes('<Line speaker="maya">I am a hooker and I want PrEP.</Line>')).toEqual([]);
		expect(codes('<Line speaker="Patient">I work as a prostitute.</Line>')).toEqual([]);
	});
	it('still checks rules not marked self in a patient line', () => {
		expect(codes('<Line speaker="maya">I had an AIDS test last year.</Line>')).toEqual([
			'hiv/aids-test',
		]);
	});
	it.each(['worker', 'you', 'provider', 'nurse', 'Doctor'])(
		'checks the health worker (speaker="%s")',
		(speaker) => {
			expect(codes(`<Line speaker="${speaker}">Are you a hooker?</Line>`)).toEqual(['sw/slurs']);
		}
	);
	it('checks a line without a speaker', () => {
		expect(codes('<Line>Are you a hooker?</Line>')).toEqual(['sw/slurs']);
	});
});

describe('conditions and exceptions', () => {
	it('flags "clean" only near HIV, test, needle, syringe, status or equipment', () => {
		expect(codes('Her HIV status is clean.')).toEqual(['hiv/clean']);
		expect(codes('Bring clean syringes.')).toEqual(['drugs/clean-equipment']);
		expect(codes('Clean the room before the next client.')).toEqual([]);
	});
	it('allows "victim" in "victim-blaming" and reports it elsewhere as a hint only', () => {
		expect(codes('Victim-blaming stops people coming back. So does victim blaming.')).toEqual([]);
		const [issue] = lintMdx('The victim waited.', 'm.mdx', { rules: pack });
		expect([issue?.code, issue?.severity]).toEqual(['violence/victim', 'info']);
	});
	it('honours listed exceptions, and only those', () => {
		expect(codes('HIV-infected cells were counted.')).toEqual([]);
		expect(codes('HIV-infected people were counted.')).toEqual(['hiv/infected']);
		expect(codes('A sex worker-led clinic offers PEP.')).toEqual([]);
	});
	it('reports the most specific rule once when phrases overlap', () => {
		expect(codes('A child prostitute was seen.')).toEqual(['children/child-prostitute']);
		expect(codes('An AIDS victim was seen.')).toEqual(['hiv/aids-victim']);
		expect(codes('A former addict leads the group.')).toEqual(['drugs/former-addict']);
	});
});

describe('stigmatising lines in role-plays', () => {
	it('skips a <Line stigmatising> and still checks an ordinary line', async () => {
		const { lintMdx } = await import('~/lib/lint');
		const text = '<Line speaker="nurse" stigmatising>She is a prostitute.</Line>\n\n<Line speaker="nurse">She is a prostitute.</Line>\n';
		const issues = lintMdx(text, 'x.mdx').filter((i) => i.code === 'sw/prostitute');
		expect(issues.map((i) => i.line)).toEqual([3]);
	});
});
