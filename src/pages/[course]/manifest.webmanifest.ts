import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteCourses, type SiteCourse } from '../../build/site-data';
import { textDirection } from '../../lib/course/language';

// A web app manifest per course, so a learner can add the course to the home screen.
export const getStaticPaths: GetStaticPaths = async () => {
	const courses = await getSiteCourses();
	return courses.map((course) => ({ params: { course: course.slug }, props: { course } }));
};

export const GET: APIRoute<{ course: SiteCourse }> = ({ props }) => {
	const { meta } = props.course;
	const manifest = {
		name: meta.title,
		short_name: meta.title.length > 24 ? `${meta.title.slice(0, 23)}…` : meta.title,
		description: meta.summary,
		lang: meta.language,
		dir: textDirection(meta.language),
		// Relative to this file, so the course works from any sub-path.
		start_url: './index.html',
		scope: '../',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#7a1f5c',
		icons: [
			{ src: '../icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: '../icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: '../favicon.svg', sizes: 'any', type: 'image/svg+xml' },
		],
	};
	return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
