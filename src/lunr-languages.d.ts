// lunr-languages ships CommonJS plugins without per-file types: each exports `(lunr) => void`.
declare module 'lunr-languages/*.js' {
	const plugin: (lunr: unknown) => void;
	export default plugin;
}
