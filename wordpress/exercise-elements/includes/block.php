<?php
/**
 * The block "Exercise element", registered from blocks/element/block.json. It is rendered on the server
 * (render.php) from its attributes. The HTML the editor saves inside it (editor.js `save`) is the
 * readable fallback for a site where the plugin is deactivated; the render ignores it.
 *
 * Its `data` attribute is the JSON as base64 (of UTF-8). For authors and contributors WordPress runs
 * every string attribute of a block through wp_kses when the post is saved, which would turn `&` into
 * `&amp;` and drop anything that looks like a tag; base64 has none of those characters, so the data
 * reaches the render exactly as written, for every role, and is escaped there.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		register_block_type( dirname( __DIR__ ) . '/blocks/element' );
	}
);

/**
 * The HTML of the block.
 *
 * @param array $attributes The block's attributes (see block.json).
 */
function exercise_elements_render_block( array $attributes ) {
	$tag = isset( $attributes['element'] ) && in_array( $attributes['element'], EXERCISE_ELEMENTS_TAGS, true )
		? $attributes['element']
		: 'exercise-card';
	if ( 'rep-counter' === $tag ) {
		return exercise_elements_render( 'rep-counter', array( 'dosage' => (string) ( $attributes['dosage'] ?? '' ) ) );
	}
	$data = null;
	if ( ! empty( $attributes['data'] ) && is_string( $attributes['data'] ) ) {
		$json = base64_decode( $attributes['data'], true );
		$data = false === $json
			? new WP_Error( 'exercise_elements_base64', __( 'The data is not base64.', 'exercise-elements' ) )
			: exercise_elements_parse_json( $json );
	}
	$src = null === $data ? exercise_elements_src( (string) ( $attributes['src'] ?? '' ) ) : '';
	foreach ( array( $data, $src ) as $problem ) {
		if ( is_wp_error( $problem ) ) {
			return exercise_elements_error_html( $tag, $problem );
		}
	}
	return exercise_elements_render(
		$tag,
		array(
			'src'           => $src,
			'heading-level' => exercise_elements_heading_level( $attributes['headingLevel'] ?? '' ),
		),
		$data
	);
}
