// Opens the course search from the header button or the "/" key. The search code, lunr and
// the index are fetched only now, never on page load.
const dialog = document.getElementById('pc-search') as HTMLDialogElement | null;
if (dialog) {
	const open = async () => {
		const { openSearch } = await import('./search-dialog');
		await openSearch(dialog);
	};
	document.querySelector('[data-search-open]')?.addEventListener('click', () => void open());
	document.addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		const typing = target.closest('input, textarea, select, [contenteditable="true"]');
		if (event.key === '/' && !typing && !dialog.open && !event.ctrlKey && !event.metaKey && !event.altKey) {
			event.preventDefault();
			void open();
		}
	});
}
