import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteCourses, type SiteEdition } from '../../build/site-data';
import { searchIndexResponse } from '../../build/search-bundle';

// The course's search index, written at build time and fetched only when a learner opens search.
export const getStaticPaths: GetStaticPaths = async () => {
	const courses = await getSiteCourses();
	return courses.map((course) => ({ params: { course: course.slug }, props: { edition: course.editions[0] } }));
};

export const GET: APIRoute<{ edition: SiteEdition }> = ({ props }) => searchIndexResponse(props.edition);
