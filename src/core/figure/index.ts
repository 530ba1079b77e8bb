/** The figure model: a posed 2-D body, its base positions, and an exercise's figure resolved to poses. */
export * from './body-model.js';
export * from './base-positions.js';
export * from './figure-spec.js';
export * from './forward-kinematics.js';
export * from './figure-poses.js';
export * from './figure-props.js';
