// The planner's chunk: the session planner and the end time's check, loaded when first needed.
export { ClinicFitCheck } from './ClinicFitCheck';
export { freshSessionPlan } from './fresh-plan';
export { SessionSetup } from './SessionSetup';
