<?php
/**
 * The elements' script, registered as a script module from the plugin's own copy of dist/cdn/ (no
 * request leaves the site) and enqueued only by a shortcode or block that renders an element.
 * WordPress prints an enqueued module once per page however many elements ask for it.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

const EXERCISE_ELEMENTS_MODULE = 'exercise-elements';

add_action(
	'init',
	static function () {
		wp_register_script_module(
			EXERCISE_ELEMENTS_MODULE,
			plugins_url( 'assets/cdn/exercise-elements.js', EXERCISE_ELEMENTS_FILE ),
			array(),
			EXERCISE_ELEMENTS_VERSION
		);
		wp_register_style( 'exercise-elements-theme', false, array(), EXERCISE_ELEMENTS_VERSION );
	}
);

/** Called by every render: loads the script (once) and the accent colour, if one is set. */
function exercise_elements_enqueue() {
	wp_enqueue_script_module( EXERCISE_ELEMENTS_MODULE );
	$accent = exercise_elements_accent();
	if ( '' !== $accent && ! wp_style_is( 'exercise-elements-theme', 'enqueued' ) ) {
		wp_enqueue_style( 'exercise-elements-theme' );
		wp_add_inline_style( 'exercise-elements-theme', ':root{--ex-accent:' . $accent . '}' );
	}
}
