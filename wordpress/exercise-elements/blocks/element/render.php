<?php
/**
 * Server render of the block: the element with its data inline and readable fallback.
 *
 * @package ExerciseElements
 *
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

printf(
	'<div %1$s>%2$s</div>',
	get_block_wrapper_attributes(), // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by WordPress.
	exercise_elements_render_block( $attributes ) // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in exercise_elements_render().
);
