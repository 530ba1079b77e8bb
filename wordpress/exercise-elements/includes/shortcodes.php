<?php
/**
 * The shortcodes: `[exercise-card src="…"]`, `[routine-player src="…"]`, `[rep-counter dosage="…"]`,
 * and data written inside them: `[routine-player]{ … }[/routine-player]`, or in the authoring text
 * format inside `[routine-player]` (see saved-shortcode-data.php for how the data is saved).
 *
 * WordPress curls the quotes (wptexturize) and adds `<p>` and `<br />` (wpautop) to post content before
 * it runs shortcodes, which would break JSON written inside one. So before those filters run, the
 * content of our shortcodes is moved into an `inline` attribute as base64, which neither filter
 * touches; the shortcode decodes it back.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

const EXERCISE_ELEMENTS_DATA_SHORTCODES = array( 'exercise-card', 'routine-player' );

/**
 * Moves the data inside our shortcodes into a base64 `inline` attribute (`the_content`, before
 * wptexturize and wpautop at priority 10).
 *
 * @param string $content Post content.
 */
function exercise_elements_protect_shortcode_data( $content ) {
	if ( false === strpos( $content, '[' ) ) {
		return $content;
	}
	$pattern = get_shortcode_regex( EXERCISE_ELEMENTS_DATA_SHORTCODES );
	return preg_replace_callback(
		"/$pattern/",
		static function ( $m ) {
			// [[exercise-card]] is an escaped shortcode, shown as text: leave it be.
			if ( '[' === $m[1] && ']' === $m[6] ) {
				return $m[0];
			}
			if ( '' === trim( $m[5] ) ) {
				return $m[0];
			}
			return '[' . $m[2] . $m[3] . ' inline="' . base64_encode( exercise_elements_written_data( $m[5] ) ) . '"][/' . $m[2] . ']';
		},
		$content
	);
}
add_filter( 'the_content', 'exercise_elements_protect_shortcode_data', 8 );

/**
 * The data of a shortcode as text: its `inline` attribute, or its content when the protecting filter
 * did not run (a theme calling do_shortcode() itself). The data comment of a saved post is read, and
 * what wpautop may have added is removed.
 *
 * @param array  $atts    Shortcode attributes.
 * @param string $content Shortcode content.
 * @return string The data as written, '' when there is none.
 */
function exercise_elements_shortcode_text( array $atts, $content ) {
	$text = '' !== $atts['inline']
		? base64_decode( $atts['inline'], true )
		: exercise_elements_written_data( (string) $content );
	return false === $text ? '' : trim( $text );
}

/**
 * `[exercise-card]` and `[routine-player]`.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content Shortcode content.
 * @param string       $tag     The shortcode's name, which is the element's.
 */
function exercise_elements_data_shortcode( $atts, $content, $tag ) {
	$atts = shortcode_atts(
		array(
			'src'           => '',
			'heading-level' => '',
			'layout'        => '',
			'inline'        => '',
		),
		$atts,
		$tag
	);
	$text = exercise_elements_shortcode_text( $atts, $content );
	// In [routine-player], data that is not JSON is the authoring text format, which the element reads.
	$routine_text = 'routine-player' === $tag && '' !== $text && ! exercise_elements_looks_like_json( $text )
		? htmlspecialchars_decode( $text, ENT_QUOTES )
		: null;
	$data = '' === $text || null !== $routine_text ? null : exercise_elements_parse_json( $text, true );
	$src  = null === $data && null === $routine_text ? exercise_elements_src( $atts['src'] ) : '';
	foreach ( array( $data, $src ) as $problem ) {
		if ( is_wp_error( $problem ) ) {
			return exercise_elements_error_html( $tag, $problem );
		}
	}
	$attributes = array(
		'src'           => $src,
		'heading-level' => exercise_elements_heading_level( $atts['heading-level'] ),
	);
	if ( 'exercise-card' === $tag && in_array( $atts['layout'], array( 'full', 'compact' ), true ) ) {
		$attributes['layout'] = $atts['layout'];
	}
	return exercise_elements_render( $tag, $attributes, $data, (string) $routine_text );
}

/**
 * `[rep-counter dosage="2 sets of 10 reps"]`.
 *
 * @param array|string $atts Shortcode attributes.
 */
function exercise_elements_rep_counter_shortcode( $atts ) {
	$atts = shortcode_atts( array( 'dosage' => '' ), $atts, 'rep-counter' );
	return exercise_elements_render( 'rep-counter', array( 'dosage' => html_entity_decode( $atts['dosage'], ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) );
}

add_action(
	'init',
	static function () {
		add_shortcode( 'exercise-card', 'exercise_elements_data_shortcode' );
		add_shortcode( 'routine-player', 'exercise_elements_data_shortcode' );
		add_shortcode( 'rep-counter', 'exercise_elements_rep_counter_shortcode' );
	}
);
