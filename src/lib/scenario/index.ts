/** The role-play (branching scenario) library: extraction, validation, engine, records and map. */
export type * from './types';
export { extractScenario, type ExtractedScenario } from './extract-scenario';
export { validateScenarioGraph } from './validate-graph';
export {
	reachableTotals,
	type ReachableTotals,
	type TotalRange,
	type DimensionRanges,
} from './reachable-totals';
export {
	startScenario,
	restartScenario,
	chooseOption,
	stepBack,
	canStepBack,
	isScenarioFinished,
	restoreScenarioState,
	stateFromPath,
	type ScenarioState,
} from './engine';
export {
	summariseScenario,
	type ScenarioDebrief,
	type DebriefDimension,
	type DebriefStep,
} from './summarise';
export { maxScenarioStateSize } from './state-size';
export {
	buildChoiceRecord,
	buildEndingRecord,
	DESCRIPTION_LIMIT,
	type RecordContext,
	type ScenarioChoiceRecord,
	type ScenarioEndingRecord,
} from './records';
export { renderScenarioMap } from './render-map';
export { isTerminologyExempt } from './terminology-exempt';
export { COMPONENTS, COMPONENT_NAMES, OUTCOMES } from './vocabulary';
