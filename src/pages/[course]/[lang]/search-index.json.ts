import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteCourses, type SiteEdition } from '../../../build/site-data';
import { searchIndexResponse } from '../../../build/search-bundle';

// The search index of each translation of a course (`/course/es/search-index.json`).
export const getStaticPaths: GetStaticPaths = async () => {
	const courses = await getSiteCourses();
	return courses.flatMap((course) =>
		course.editions.slice(1).map((edition) => ({ params: { course: course.slug, lang: edition.lang }, props: { edition } }))
	);
};

export const GET: APIRoute<{ edition: SiteEdition }> = ({ props }) => searchIndexResponse(props.edition);
