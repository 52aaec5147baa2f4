/**
 * Which course, module and language a component is rendered in. Blocks inside module
 * content (quiz and role-play wrappers) call this with `Astro.params`: module pages live at
 * `[course]/[...page]`, where `page` is `module` or `<lang>/module` for a translation.
 */
export function moduleContext(params: Record<string, string | undefined>): { course: string; module?: string; lang?: string } {
	const course = params.course ?? '';
	const parts = (params.page ?? params.module ?? '').split('/').filter(Boolean);
	if (parts.length === 2) return { course, lang: parts[0], module: parts[1] };
	return { course, module: parts[0] };
}
