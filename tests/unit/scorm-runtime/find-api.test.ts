import { describe, expect, it } from 'vitest';
import { candidateWindows, findScormApi } from '~/runtime/scorm/find-api';

type FakeWindow = Record<string, unknown> & { parent?: FakeWindow; opener?: FakeWindow | null; top?: FakeWindow };

/** A same-origin window; `parent` defaults to itself, as for a top-level window. */
function fakeWindow(props: Record<string, unknown> = {}, parent?: FakeWindow): FakeWindow {
	const win: FakeWindow = { ...props, opener: null };
	win.parent = parent ?? win;
	win.top = parent ? topOf(parent) : win;
	return win;
}

/** The top of a parent's chain; a cross-origin parent stands for it (browsers expose `top` anyway). */
function topOf(parent: FakeWindow): FakeWindow {
	try {
		return (parent.top as FakeWindow) ?? parent;
	} catch {
		return parent;
	}
}

/** A window of another origin: every property read throws, as browsers do ("Permission denied"). */
function crossOrigin(): FakeWindow {
	return new Proxy({} as FakeWindow, {
		get() {
			throw new DOMException('Blocked a frame with origin "https://lms.example" from accessing a cross-origin frame.', 'SecurityError');
		},
	});
}

/** A cross-origin window as browsers really expose it: `parent` readable, everything else throws. */
function crossOriginFrame(parent: FakeWindow): FakeWindow {
	return new Proxy({} as FakeWindow, {
		get(_target, key) {
			if (key === 'parent') return parent;
			throw new DOMException('Permission denied', 'SecurityError');
		},
	});
}

const api12 = () => ({ LMSInitialize: () => 'true' });
const api2004 = () => ({ Initialize: () => 'true' });
const asWindow = (w: FakeWindow) => w as unknown as Window;

describe('SCORM API discovery', () => {
	it('finds the API on the window itself (offline players)', () => {
		const win = fakeWindow({ API: api12() });
		expect(findScormApi(asWindow(win), '1.2')).toMatchObject({ family: '1.2', where: 'this window' });
	});

	it('climbs the parent chain: a launch page two frames below the LMS', () => {
		const lms = fakeWindow({ API_1484_11: api2004() });
		const player = fakeWindow({}, lms);
		const launch = fakeWindow({}, player);
		expect(findScormApi(asWindow(launch), '2004')).toMatchObject({ family: '2004', where: 'this window, parent 2' });
	});

	it('looks in the opener and its parents when the course opens in a pop-up', () => {
		const lms = fakeWindow({ API: api12() });
		const frame = fakeWindow({}, lms);
		const popup = fakeWindow();
		popup.opener = frame;
		expect(findScormApi(asWindow(popup), '1.2')).toMatchObject({ family: '1.2', where: 'opener, parent 1' });
	});

	it('finds the API in top.opener (Plateau and SuccessFactors)', () => {
		const lms = fakeWindow({ API_1484_11: api2004() });
		const top = fakeWindow();
		top.opener = lms;
		const launch = fakeWindow({}, top);
		expect(findScormApi(asWindow(launch))).toMatchObject({ family: '2004', where: 'top opener' });
	});

	it('survives a cross-origin parent that throws on every access, and still checks the opener', () => {
		const launch = fakeWindow({}, crossOrigin());
		launch.top = launch;
		launch.opener = fakeWindow({ API: api12() });
		expect(() => candidateWindows(asWindow(launch))).not.toThrow();
		expect(findScormApi(asWindow(launch), '1.2')).toMatchObject({ family: '1.2', where: 'opener' });
	});

	it('climbs past a cross-origin frame to a same-origin LMS window above it', () => {
		const lms = fakeWindow({ API: api12() });
		const launch = fakeWindow({}, crossOriginFrame(lms));
		expect(findScormApi(asWindow(launch), '1.2')).toMatchObject({ family: '1.2', where: 'this window, parent 2' });
	});

	it('prefers the exported version everywhere before falling back to the other one', () => {
		const lms = fakeWindow({ API: api12() });
		const launch = fakeWindow({ API_1484_11: api2004() }, lms);
		expect(findScormApi(asWindow(launch), '1.2')?.family).toBe('1.2');
		expect(findScormApi(asWindow(launch), '2004')?.family).toBe('2004');
		const only12 = fakeWindow({}, fakeWindow({ API: api12() }));
		expect(findScormApi(asWindow(only12), '2004')?.family).toBe('1.2');
	});

	it('ignores objects that are not APIs and returns nothing without an LMS', () => {
		const win = fakeWindow({ API: { name: 'not a SCORM API' }, API_1484_11: 'nope' }, fakeWindow());
		expect(findScormApi(asWindow(win))).toBeUndefined();
	});

	it('stops on a parent loop', () => {
		const a = fakeWindow();
		const b = fakeWindow({}, a);
		a.parent = b;
		expect(candidateWindows(asWindow(b))).toHaveLength(2);
	});
});
