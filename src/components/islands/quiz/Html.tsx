/** Author content rendered to HTML at build time (trusted: it comes from the course files). */
export function Html(props: { html: string; as?: 'span' | 'div'; className?: string; id?: string }) {
	const { html, as: Tag = 'span', className, id } = props;
	return <Tag id={id} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
