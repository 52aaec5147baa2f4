import { useEffect, useState, type ReactNode } from 'react';
import { QuizPanel, type QuizPanelProps } from './quiz/QuizPanel';

/**
 * The quiz island (hydrated `client:visible` by QuizBlock.astro). Until it runs, and without
 * JavaScript, it shows the server's readable fallback (its children); once mounted in the
 * browser, the interactive quiz, whose state lives in this device's tracker.
 */
export default function QuizView(props: QuizPanelProps & { children?: ReactNode }) {
	const { children, ...panel } = props;
	// The first render must match the server's HTML, so the quiz appears after hydration.
	const [ready, setReady] = useState(false);
	useEffect(() => setReady(true), []);
	// A real box around the slot: `client:visible` watches the island's children, and Astro's
	// slot element has `display: contents`, which never intersects the viewport.
	return ready ? <QuizPanel {...panel} /> : <div>{children}</div>;
}
