<?php
/**
 * Rewrites the data inside our shortcodes when a post is saved (`content_save_pre`, priority 9: before
 * kses, which runs at 10 for authors and contributors), so that the post reads well even when the
 * plugin is deactivated, and so that `<`, `&` and quotes in the data survive for every role.
 *
 * JSON data becomes an HTML comment followed by the readable fallback (name, dosage, steps, safety):
 *
 *     [exercise-card]<!--exercise-elements-data {"id":"knee-wags",…} -->
 *     <div class="exercise-elements-fallback"><h2>Knee wags</h2>…</div>
 *     [/exercise-card]
 *
 * Readers of a post whose plugin is off see the fallback, never the JSON. The JSON in the comment is
 * written so that kses leaves it as it is: `<`, `>`, `&`, `'`, `"` and `\` inside strings are \u
 * escapes, and `--` (which kses shortens inside comments) is `-\u002d`. The render reads the data back
 * from the comment and ignores the fallback after it, so an old or edited fallback is never shown;
 * each save writes it afresh from the data.
 *
 * Data in the authoring text format (in `[routine-player]`) needs no comment: the text itself is the
 * readable fallback, stored HTML-escaped (`&`, `<`, `>` and quotes only), which kses keeps.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

const EXERCISE_ELEMENTS_DATA_COMMENT = '#<!--exercise-elements-data (.*?) -->#s';

/**
 * The data of one of our shortcodes as it was written or saved before: the JSON of the data comment,
 * or the content itself with what the visual editor or wpautop added removed.
 *
 * @param string $content The shortcode's content.
 * @return string
 */
function exercise_elements_written_data( $content ) {
	if ( preg_match( EXERCISE_ELEMENTS_DATA_COMMENT, $content, $comment ) ) {
		return $comment[1];
	}
	return trim( preg_replace( '#<br\s*/?>|</?p>#i', '', (string) $content ) );
}

/** Whether the text is meant as JSON (it starts with a brace) rather than the authoring text format. */
function exercise_elements_looks_like_json( $text ) {
	return '{' === substr( ltrim( htmlspecialchars_decode( $text, ENT_QUOTES ) ), 0, 1 );
}

/**
 * JSON for inside an HTML comment, unchanged by kses: no `<`, `>`, `&`, quotes, backslash pairs or `--`.
 *
 * @param array $data The data.
 */
function exercise_elements_comment_json( array $data ) {
	$json = wp_json_encode( $data, EXERCISE_ELEMENTS_JSON_FLAGS | JSON_UNESCAPED_SLASHES );
	return str_replace( array( '\\\\', '--' ), array( '\\u005c', '-\\u002d' ), (string) $json );
}

/**
 * One of our shortcodes as it is saved.
 *
 * @param array $m A match of get_shortcode_regex().
 */
function exercise_elements_saved_shortcode( array $m ) {
	// [[exercise-card]] is an escaped shortcode, shown as text; an empty one has nothing to keep.
	if ( ( '[' === $m[1] && ']' === $m[6] ) || '' === trim( $m[5] ) ) {
		return $m[0];
	}
	$open = '[' . $m[2] . $m[3] . ']';
	$text = exercise_elements_written_data( $m[5] );
	if ( ! exercise_elements_looks_like_json( $text ) ) {
		if ( 'routine-player' !== $m[2] ) {
			return $m[0];
		}
		// Every `&` is escaped again (esc_html would keep `&#106;`, which reads back as `j`).
		$plain = htmlspecialchars_decode( $text, ENT_QUOTES );
		return $open . "\n" . htmlspecialchars( $plain, ENT_QUOTES, 'UTF-8', true ) . "\n[/" . $m[2] . ']';
	}
	$data = exercise_elements_parse_json( $text, true );
	if ( is_wp_error( $data ) ) {
		// Left as written, so the author can correct it; the render names the problem.
		return $m[0];
	}
	$atts     = shortcode_parse_atts( $m[3] );
	$level    = exercise_elements_heading_level( is_array( $atts ) ? ( $atts['heading-level'] ?? '' ) : '' );
	$level    = '' === $level ? 2 : (int) $level;
	$fallback = 'routine-player' === $m[2]
		? exercise_elements_routine_fallback( $data, $level )
		: exercise_elements_exercise_fallback( $data, $level );
	return $open . '<!--exercise-elements-data ' . exercise_elements_comment_json( $data ) . " -->\n"
		. '<div class="exercise-elements-fallback">' . $fallback . "</div>\n[/" . $m[2] . ']';
}

/**
 * The `content_save_pre` filter. WordPress passes the content slashed; it is unslashed here and
 * slashed again, so kses (which strips slashes) sees exactly what was written.
 *
 * @param mixed $content The post content, slashed.
 */
function exercise_elements_save_shortcode_data( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[' ) ) {
		return $content;
	}
	$raw     = wp_unslash( $content );
	$pattern = get_shortcode_regex( EXERCISE_ELEMENTS_DATA_SHORTCODES );
	$saved   = preg_replace_callback( "/$pattern/", 'exercise_elements_saved_shortcode', $raw );
	return null === $saved || $saved === $raw ? $content : wp_slash( $saved );
}
add_filter( 'content_save_pre', 'exercise_elements_save_shortcode_data', 9 );
