import { clearAllLocalProgress } from '../runtime/backend';

// About page: the learner can wipe everything PeerCourse stored on this device.
const button = document.querySelector<HTMLButtonElement>('[data-clear-progress]');
const output = document.querySelector<HTMLElement>('[data-clear-result]');
button?.addEventListener('click', () => {
	clearAllLocalProgress();
	if (output) output.textContent = output.dataset.message ?? '';
});
