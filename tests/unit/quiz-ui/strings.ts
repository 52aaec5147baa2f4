import { buildQuizStrings } from '~/components/islands/quiz/build-quiz-strings';
import { translator } from '~/i18n/t';
import type { Quiz } from '~/lib/quiz/types';

/** The English interface strings for a quiz, as the server prepares them. */
export function englishStrings(quiz: Quiz) {
	return buildQuizStrings(translator('en'), quiz);
}
