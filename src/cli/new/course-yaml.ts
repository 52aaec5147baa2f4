import { yamlScalar } from './yaml-scalar';

/** What `peercourse new course` asks for. */
export interface NewCourseAnswers {
	title: string;
	slug: string;
	language: string;
	author: string;
}

/**
 * A course.yaml with every field explained in a comment, filled with the answers and with
 * placeholder sentences that pass the checks, so the course builds before it is edited.
 */
export function renderCourseYaml(a: NewCourseAnswers): string {
	return `# Course details for PeerCourse. Each field is explained in README.md#course-metadata.
# Lines starting with # are notes for you: learners never see them.
# Replace the example text below with your own, then run: npx peercourse check ${a.slug}

# Course title, shown on the home page, the course page and the certificate.
title: ${yamlScalar(a.title)}

# One or two sentences: what the course is about and who it serves.
summary: >-
  Replace this with one or two sentences about what the course teaches and who it serves.

# Language of the course text, as a BCP 47 tag: en, fr, es, hi, km, pt-BR…
language: ${a.language}

# Who the course is for.
audience: Nurses, doctors, counsellors and reception staff

# What learners will be able to do after the course: one line each, starting with "- ".
objectives:
  - Replace this with something learners will be able to do after the course
  - Add one line for each objective

# Time to complete the whole course, in minutes.
estimatedMinutes: 30

# Version of the content. Raise it when you change the course: SCORM packages show it.
version: 0.1.0

# Licence of the content, for example CC BY-SA 4.0 or CC BY-NC-SA 4.0.
licence: CC BY-SA 4.0

# Who wrote the course. "name" is a chosen name or an organisation's name, never a legal name.
# "role" and "organisation" are optional.
credits:
  - name: ${yamlScalar(a.author)}
    role: Author

# Score in percent a learner needs to pass the course (0 to 100). Without it: 80.
passMark: 80

# Optional cover picture: its path from this file, and what it shows (for screen readers).
# cover:
#   image: ./images/cover.jpg
#   alt: Two health workers talking with a woman in a clinic

# Optional terminology guide settings: rule ids (or groups such as sw/*) to switch off with
# "allow", or to turn into errors that stop the build with "deny". See src/lib/lint/README.md.
# lint:
#   allow: [violence/victim]
#   deny: [sw/*]
`;
}
