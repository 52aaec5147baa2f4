// @ts-check
/**
 * The LMS preview harness (served as is, no build step). scorm-again plays the LMS: the API
 * object is created on this window before the package frame loads (toolchain note G11), every
 * call is logged with its error code, the last successfully committed data is kept as "what the
 * LMS saved", and a relaunch starts a new session from it, as a real LMS would. A switch makes the
 * LMS refuse commits, to check that a package loses nothing when its LMS has a bad moment.
 * `window.lmsPreview` gives the end-to-end tests the same controls.
 */
(() => {
	const facts = JSON.parse(document.getElementById('package')?.textContent ?? '{}');
	const is12 = facts.family === '1.2';
	const METHODS = is12
		? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
		: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];
	const [, FINISH, , , COMMIT, GET_ERROR] = METHODS;
	/** 1.2 "General exception"; 2004 "General Commit Failure". */
	const COMMIT_FAILED = is12 ? '101' : '391';
	const LEARNER = { id: 'preview-learner', name: 'Learner, Preview' };
	/** The window, with the globals scorm-again and the LMS add. */
	const host = /** @type {any} */ (window);
	const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

	/** @type {{ session: number, api: any, finished: boolean, saved: any, refuse: boolean, log: any[], frame: HTMLIFrameElement | null, outside: string[] }} */
	const state = { session: 0, api: null, finished: false, saved: null, refuse: false, log: [], frame: null, outside: [] };

	/** The whole data model, write-only elements included (reading them through the API throws). */
	const snapshot = (/** @type {any} */ api) => JSON.parse(JSON.stringify(api.cmi));

	/** What an LMS hands the next launch: the saved data, with entry set from the last exit. */
	function nextLaunchData(/** @type {any} */ saved) {
		if (!saved) {
			return is12
				? { core: { student_id: LEARNER.id, student_name: LEARNER.name, entry: 'ab-initio' } }
				: { learner_id: LEARNER.id, learner_name: LEARNER.name, entry: 'ab-initio' };
		}
		const data = structuredClone(saved);
		const core = is12 ? data.core : data;
		const resume = core.exit === 'suspend';
		core.entry = resume ? 'resume' : '';
		// 2004 keeps suspend data and location only for a suspended attempt (RTE 4.2.8).
		if (!is12 && !resume) {
			data.suspend_data = '';
			data.location = '';
		}
		delete core.exit;
		delete core.session_time;
		return data;
	}

	function wrap(/** @type {any} */ api, /** @type {number} */ session) {
		/** @type {string | null} */
		let forcedError = null;
		/** @type {Record<string, (...args: string[]) => string>} */
		const wrapper = {};
		for (const name of METHODS) {
			wrapper[name] = (...args) => {
				const afterFinish = session !== state.session || (state.finished && name !== GET_ERROR && !name.includes('Error'));
				let result;
				const refusing = state.refuse && (name === COMMIT || name === FINISH) && session === state.session && !state.finished;
				if (refusing) {
					result = 'false';
					forcedError = COMMIT_FAILED;
					if (name === FINISH) state.finished = true;
				} else if (name === GET_ERROR && forcedError) {
					result = forcedError;
				} else {
					if (!name.includes('Error') && !name.includes('Diagnostic')) forcedError = null;
					result = String(api[name](...args));
				}
				const error = name.includes('Error') || name.includes('Diagnostic') ? '' : (forcedError ?? String(api[GET_ERROR]()));
				if (!refusing && result === 'true' && session === state.session) {
					if (name === COMMIT) state.saved = snapshot(api);
					if (name === FINISH) {
						state.saved = snapshot(api);
						state.finished = true;
					}
				}
				state.log.push({ session, name, args, result, error, afterFinish, refused: refusing });
				render();
				return result;
			};
		}
		return wrapper;
	}

	function launch() {
		state.session += 1;
		const Api = is12 ? host.Scorm12API : host.Scorm2004API;
		const api = new Api({ logLevel: 5, autocommit: false });
		api.loadFromJSON(nextLaunchData(state.saved));
		state.api = api;
		state.finished = false;
		const wrapper = wrap(api, state.session);
		if (is12) host.API = wrapper;
		else host.API_1484_11 = wrapper;
		const frame = document.createElement('iframe');
		frame.id = 'lms-content';
		frame.title = `Course: ${facts.title}`;
		$('player').append(frame);
		state.frame = frame;
		// Only now that the API exists may the package load.
		frame.src = facts.launchUrl;
		render();
	}

	/** Closes the course as an LMS closes its player: the frame goes away (the page gets pagehide). */
	function close() {
		state.frame?.remove();
		state.frame = null;
		render();
	}

	function relaunch() {
		close();
		launch();
	}

	/** A new learner: no LMS data, and nothing the package kept in this browser. */
	function fresh() {
		close();
		state.saved = null;
		for (const key of Object.keys(localStorage)) if (key.startsWith('peercourse:')) localStorage.removeItem(key);
		launch();
	}

	let queued = false;
	function render() {
		if (queued) return;
		queued = true;
		requestAnimationFrame(() => {
			queued = false;
			$('model').textContent = state.api ? JSON.stringify(snapshot(state.api), null, 2) : '';
			$('saved').textContent = state.saved ? JSON.stringify(state.saved, null, 2) : 'Nothing saved yet.';
			const log = $('log');
			log.replaceChildren(
				...state.log.slice(-300).reverse().map((c) => {
					const li = document.createElement('li');
					const call = `${c.name}(${c.args.map((/** @type {string} */ a) => JSON.stringify(a.length > 80 ? `${a.slice(0, 77)}…` : a)).join(', ')})`;
					li.textContent = `[session ${c.session}] ${call} → ${c.result}${c.error && c.error !== '0' ? ` (error ${c.error})` : ''}${c.refused ? ' (refused by the switch)' : ''}${c.afterFinish ? ' AFTER FINISH' : ''}`;
					if (c.afterFinish || (c.error && c.error !== '0')) li.className = 'problem';
					if (c.name.includes('Error')) li.className = 'quiet';
					return li;
				})
			);
			const outside = $('outside');
			outside.replaceChildren(...(state.outside.length ? state.outside : ['None.']).map((p) => Object.assign(document.createElement('li'), { textContent: p })));
			const running = state.frame ? (state.finished ? 'The package has finished its session.' : 'The package is running.') : 'The course is closed.';
			$('state').textContent = `Session ${state.session}. ${running}${state.refuse ? ' Commits are refused.' : ''}`;
		});
	}

	async function pollOutside() {
		try {
			const response = await fetch('/lms/api/outside', { cache: 'no-store' });
			const list = await response.json();
			if (list.length !== state.outside.length) {
				state.outside = list;
				render();
			}
		} catch {
			// The preview server stopped.
		}
	}

	$('close').addEventListener('click', close);
	$('relaunch').addEventListener('click', relaunch);
	$('fresh').addEventListener('click', fresh);
	const refuse = /** @type {HTMLInputElement} */ ($('refuse'));
	refuse.addEventListener('change', () => {
		state.refuse = refuse.checked;
		render();
	});
	window.setInterval(pollOutside, 3000);

	host.lmsPreview = {
		facts,
		state,
		close,
		relaunch,
		fresh,
		setRefuse(/** @type {boolean} */ value) {
			state.refuse = value;
			refuse.checked = value;
			render();
		},
		model: () => (state.api ? snapshot(state.api) : null),
	};
	launch();
})();
