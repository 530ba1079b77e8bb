<?php
/**
 * Prints one of our elements, the single place where the shortcodes and the block write HTML.
 *
 * Data goes in an inline `<script type="application/json">`, the element's first child, encoded with
 * every JSON_HEX_* flag: `<`, `>`, `&`, `'` and `"` inside strings become \u escapes, so no data can
 * close the script or start markup. The readable fallback follows it; attributes go through esc_attr().
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

const EXERCISE_ELEMENTS_TAGS = array( 'exercise-card', 'routine-player', 'rep-counter' );
const EXERCISE_ELEMENTS_JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE;

/**
 * Reads data an author wrote as JSON. With `$in_post_text`, for JSON typed into post content, the
 * five entities the visual editor writes for `&`, `<`, `>` and quotes are decoded first; any other
 * entity (`&#106;`) is text the author meant. The block's data arrives exactly as written.
 *
 * @param string $text         The JSON text.
 * @param bool   $in_post_text Whether the JSON was part of the post's HTML.
 * @return array|WP_Error The data, or what is wrong with it.
 */
function exercise_elements_parse_json( $text, $in_post_text = false ) {
	$text = (string) $text;
	if ( $in_post_text ) {
		$text = htmlspecialchars_decode( $text, ENT_QUOTES );
	}
	$data = json_decode( trim( $text ), true, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return new WP_Error( 'exercise_elements_json', json_last_error_msg() );
	}
	if ( ! is_array( $data ) ) {
		return new WP_Error( 'exercise_elements_json', __( 'The data must be one JSON object in braces { }.', 'exercise-elements' ) );
	}
	return $data;
}

/**
 * A notice in place of an element whose data could not be read. Readers see a plain sentence; people
 * who can edit posts also see what the JSON reader reported.
 *
 * @param string   $tag   The element.
 * @param WP_Error $error What went wrong.
 */
function exercise_elements_error_html( $tag, WP_Error $error ) {
	$routine = 'routine-player' === $tag;
	if ( 'exercise_elements_src' === $error->get_error_code() ) {
		$message = $routine
			? __( 'This exercise routine cannot be shown: its link must start with http:// or https://, or be a path on this site.', 'exercise-elements' )
			: __( 'This exercise cannot be shown: its link must start with http:// or https://, or be a path on this site.', 'exercise-elements' );
		return '<p class="exercise-elements-error" role="note">' . esc_html( $message ) . '</p>';
	}
	$message = $routine
		? __( 'This exercise routine cannot be shown: its data is not valid JSON.', 'exercise-elements' )
		: __( 'This exercise cannot be shown: its data is not valid JSON.', 'exercise-elements' );
	if ( current_user_can( 'edit_posts' ) ) {
		/* translators: %s: the reason the JSON reader gave, e.g. "Syntax error". */
		$message .= ' ' . sprintf( __( 'Reason: %s. Check the quotes, commas and braces.', 'exercise-elements' ), $error->get_error_message() );
	}
	return '<p class="exercise-elements-error" role="note">' . esc_html( $message ) . '</p>';
}

/**
 * The HTML of one element.
 *
 * @param string     $tag        exercise-card, routine-player or rep-counter.
 * @param array      $attributes Attribute name => string value; empty values are left out.
 * @param array|null $data       The exercise or routine, written inline.
 * @param string     $text       Or a routine in the authoring text format (see below).
 * @return string
 */
function exercise_elements_render( $tag, array $attributes, $data = null, $text = '' ) {
	if ( ! in_array( $tag, EXERCISE_ELEMENTS_TAGS, true ) ) {
		return '';
	}
	exercise_elements_enqueue();
	$attributes = array( 'lang' => exercise_elements_language() ) + $attributes;
	$html       = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( null !== $value && '' !== (string) $value ) {
			$html .= ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	$html .= '>';
	$level = empty( $attributes['heading-level'] ) ? 2 : (int) $attributes['heading-level'];
	if ( is_array( $data ) ) {
		$html    .= '<script type="application/json">' . wp_json_encode( $data, EXERCISE_ELEMENTS_JSON_FLAGS ) . '</script>';
		$fallback = 'routine-player' === $tag
			? exercise_elements_routine_fallback( $data, $level )
			: exercise_elements_exercise_fallback( $data, $level );
		if ( '' !== $fallback ) {
			$html .= '<div class="exercise-elements-fallback">' . $fallback . '</div>';
		}
	} elseif ( 'routine-player' === $tag && '' !== $text ) {
		// PHP does not read the text format: the element does. In the script `&` and `<` are written
		// `&amp;` and `&lt;`, so nothing can close it (the element reads them back); the text itself,
		// as paragraphs, is the readable fallback.
		$html .= '<script type="text/x-exercise-routine">' . str_replace( array( '&', '<' ), array( '&amp;', '&lt;' ), $text ) . '</script>'
			. '<div class="exercise-elements-fallback">' . wpautop( htmlspecialchars( $text, ENT_QUOTES, 'UTF-8', true ) ) . '</div>';
	} elseif ( 'rep-counter' === $tag && ! empty( $attributes['dosage'] ) ) {
		$html .= '<p class="exercise-elements-fallback">' . esc_html( (string) $attributes['dosage'] ) . '</p>';
	}
	return $html . '</' . $tag . '>';
}

/**
 * A `src` as the element may fetch it: http(s) or a path on this site.
 *
 * @param string $src The URL the author gave.
 * @return string|WP_Error The URL, '' when none was given, or an error for any other scheme.
 */
function exercise_elements_src( $src ) {
	$src = trim( (string) $src );
	if ( '' === $src ) {
		return '';
	}
	$url = esc_url_raw( $src, array( 'http', 'https' ) );
	return '' === $url ? new WP_Error( 'exercise_elements_src', 'refused URL' ) : $url;
}

/**
 * A heading level between 1 and 6, or '' for the element's default.
 *
 * @param mixed $level The level the author gave.
 */
function exercise_elements_heading_level( $level ) {
	$level = absint( $level );
	return $level >= 1 && $level <= 6 ? (string) $level : '';
}
