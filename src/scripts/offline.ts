// Offline use: registers the service worker (never inside a frame: LMSes and SCORM packages
// frame content and scope paths their own way), tells the learner when a new version of the
// course is ready, and shows on the course page whether the course is saved on this device.
const root = document.documentElement.dataset.siteRoot ?? '/';
const usable = 'serviceWorker' in navigator && window.top === window && location.protocol.startsWith('http') && !import.meta.env.DEV;

async function register(): Promise<ServiceWorkerRegistration | undefined> {
	if (!usable) return undefined;
	try {
		const registration = await navigator.serviceWorker.register(new URL(`${root}sw.js`, location.href), { scope: new URL(root, location.href).pathname });
		watchForUpdates(registration);
		return registration;
	} catch {
		return undefined;
	}
}

/** A new build waits until the learner reloads, so old pages never mix with new scripts. */
function watchForUpdates(registration: ServiceWorkerRegistration): void {
	const offer = (worker: ServiceWorker) => {
		const banner = document.getElementById('pc-update');
		if (!banner || !navigator.serviceWorker.controller) return;
		banner.hidden = false;
		banner.querySelector('button')?.addEventListener('click', () => worker.postMessage({ type: 'SKIP_WAITING' }), { once: true });
	};
	if (registration.waiting) offer(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed') offer(worker);
		});
	});
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (!reloading) {
			reloading = true;
			location.reload();
		}
	});
}

/** The course page's "Save this course for offline use" control. */
function offlineControl(registering: Promise<ServiceWorkerRegistration | undefined>): void {
	const box = document.querySelector<HTMLElement>('[data-offline]');
	if (!box) return;
	const button = box.querySelector('button')!;
	const status = box.querySelector<HTMLElement>('[role="status"]')!;
	const d = box.dataset;
	const bytes = Number(d.bytes);
	const size = Number.isFinite(bytes) ? new Intl.NumberFormat(document.documentElement.lang || 'en', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6) : '';
	const say = (template = ''): void => {
		status.textContent = template.replace('{size}', size);
	};
	button.textContent = (d.labelSave ?? '').replace('{size}', size);
	if (!usable) {
		button.hidden = true;
		say(d.unsupported);
		return;
	}
	const check = async () => {
		const cached = await caches.match(location.href.split('#')[0]!, { ignoreSearch: true });
		if (cached && navigator.serviceWorker.controller) {
			button.hidden = true;
			say(d.ready);
			return true;
		}
		return false;
	};
	const save = async () => {
		say(d.saving);
		const registration = (await registering) ?? (await register());
		if (!registration) {
			say(d.failed);
			return;
		}
		await navigator.serviceWorker.ready;
		if (!(await check())) say(d.readySoon);
	};
	button.addEventListener('click', () => void save());
	void check().then((ready) => {
		if (!ready && navigator.serviceWorker.controller === null) void registering.then(() => navigator.serviceWorker.ready).then(check);
	});
	navigator.serviceWorker.addEventListener('controllerchange', () => void check());
}

offlineControl(register());
