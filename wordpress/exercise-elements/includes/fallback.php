<?php
/**
 * Readable HTML for readers without JavaScript and for search engines: the name, dosage, steps and
 * safety of an exercise, or the title, exercises and safety of a routine. It sits inside the element,
 * whose shadow root has no slot for it, so the reader sees it only until the element upgrades.
 * Everything printed here goes through esc_html().
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * One text of the data in the site's language: a string, or a map from language code to string
 * (`{"en": "Bridge", "es": "Puente"}`), read in the site's language, its primary subtag, English, then any.
 *
 * @param mixed $text The text field.
 */
function exercise_elements_text( $text ) {
	if ( is_string( $text ) ) {
		return $text;
	}
	if ( ! is_array( $text ) || array() === $text ) {
		return '';
	}
	$language = exercise_elements_language();
	$primary  = strtolower( strtok( $language, '-' ) );
	foreach ( array( $language, $primary, 'en' ) as $code ) {
		if ( isset( $text[ $code ] ) && is_string( $text[ $code ] ) ) {
			return $text[ $code ];
		}
	}
	$first = reset( $text );
	return is_string( $first ) ? $first : '';
}

/**
 * An amount or a `{min, max}` range as text.
 *
 * @param mixed $amount The amount.
 */
function exercise_elements_amount( $amount ) {
	if ( is_int( $amount ) || is_float( $amount ) ) {
		return number_format_i18n( $amount );
	}
	if ( is_array( $amount ) && isset( $amount['min'], $amount['max'] ) && is_numeric( $amount['min'] ) && is_numeric( $amount['max'] ) ) {
		/* translators: a range of amounts: %1$s is the smallest, %2$s the largest. */
		return sprintf( __( '%1$s–%2$s', 'exercise-elements' ), number_format_i18n( $amount['min'] ), number_format_i18n( $amount['max'] ) );
	}
	return '';
}

/**
 * A dosage (the author's words, or sets, reps and seconds) as one line of text.
 *
 * @param mixed $dosage The dosage field.
 */
function exercise_elements_dosage_text( $dosage ) {
	if ( is_string( $dosage ) ) {
		return $dosage;
	}
	if ( ! is_array( $dosage ) ) {
		return '';
	}
	if ( isset( $dosage['text'] ) && is_string( $dosage['text'] ) && '' !== $dosage['text'] ) {
		return $dosage['text'];
	}
	$labels = array(
		/* translators: %s: the number of sets, e.g. 2 or 2–3. */
		'sets'            => __( 'Sets: %s', 'exercise-elements' ),
		/* translators: %s: the number of repetitions in a set, e.g. 10 or 10–15. */
		'reps'            => __( 'Repetitions: %s', 'exercise-elements' ),
		/* translators: %s: how long to hold, in seconds. */
		'holdSeconds'     => __( 'Hold: %s seconds', 'exercise-elements' ),
		/* translators: %s: how long one set lasts, in seconds. */
		'durationSeconds' => __( 'Time: %s seconds', 'exercise-elements' ),
		/* translators: %s: the rest between sets, in seconds. */
		'restSeconds'     => __( 'Rest: %s seconds', 'exercise-elements' ),
	);
	$parts  = array();
	foreach ( $labels as $key => $label ) {
		$amount = isset( $dosage[ $key ] ) ? exercise_elements_amount( $dosage[ $key ] ) : '';
		if ( '' !== $amount ) {
			$parts[] = sprintf( $label, $amount );
		}
	}
	if ( isset( $dosage['side'] ) && 'each' === $dosage['side'] ) {
		$parts[] = __( 'on each side', 'exercise-elements' );
	} elseif ( isset( $dosage['side'] ) && 'alternating' === $dosage['side'] ) {
		$parts[] = __( 'switching sides every time', 'exercise-elements' );
	}
	return implode( ', ', $parts );
}

/**
 * A list of texts as `<ul>`/`<ol>`, or '' when there is none.
 *
 * @param mixed  $items The list field.
 * @param string $tag   `ul` or `ol`.
 */
function exercise_elements_list_html( $items, $tag = 'ul' ) {
	if ( ! is_array( $items ) ) {
		return '';
	}
	$html = '';
	foreach ( $items as $item ) {
		$text = exercise_elements_text( $item );
		if ( '' !== $text ) {
			$html .= '<li>' . esc_html( $text ) . '</li>';
		}
	}
	return '' === $html ? '' : "<$tag>$html</$tag>";
}

/**
 * The safety notes, set apart under their own label.
 *
 * @param mixed $safety The safety field.
 */
function exercise_elements_safety_html( $safety ) {
	$list = exercise_elements_list_html( $safety );
	if ( '' === $list ) {
		return '';
	}
	return '<div class="exercise-elements-safety"><p><strong>' . esc_html__( 'Safety', 'exercise-elements' ) . '</strong></p>' . $list . '</div>';
}

/**
 * The fallback of one exercise.
 *
 * @param array $exercise The exercise data.
 * @param int   $level    The heading level of its name.
 */
function exercise_elements_exercise_fallback( array $exercise, $level = 3 ) {
	$html = '';
	$name = exercise_elements_text( $exercise['name'] ?? '' );
	if ( '' !== $name ) {
		$html .= "<h$level>" . esc_html( $name ) . "</h$level>";
	}
	$dosage = exercise_elements_dosage_text( $exercise['dosage'] ?? null );
	if ( '' !== $dosage ) {
		$html .= '<p class="exercise-elements-dosage">' . esc_html( $dosage ) . '</p>';
	}
	$html .= exercise_elements_list_html( $exercise['steps'] ?? null, 'ol' );
	$html .= exercise_elements_safety_html( $exercise['safety'] ?? null );
	return $html;
}

/**
 * The fallback of a routine: its title and summary, each section's exercises with their dosage, and safety.
 *
 * @param array $routine The routine data.
 * @param int   $level   The heading level of its title.
 */
function exercise_elements_routine_fallback( array $routine, $level = 2 ) {
	$html  = '';
	$title = exercise_elements_text( $routine['title'] ?? '' );
	if ( '' !== $title ) {
		$html .= "<h$level>" . esc_html( $title ) . "</h$level>";
	}
	$summary = exercise_elements_text( $routine['summary'] ?? '' );
	if ( '' !== $summary ) {
		$html .= '<p>' . esc_html( $summary ) . '</p>';
	}
	$exercises = isset( $routine['exercises'] ) && is_array( $routine['exercises'] ) ? $routine['exercises'] : array();
	$sections  = isset( $routine['sections'] ) && is_array( $routine['sections'] ) ? $routine['sections'] : array();
	$inner     = min( 6, $level + 1 );
	foreach ( $sections as $section ) {
		if ( ! is_array( $section ) ) {
			continue;
		}
		$section_title = exercise_elements_text( $section['title'] ?? '' );
		if ( '' !== $section_title ) {
			$html .= "<h$inner>" . esc_html( $section_title ) . "</h$inner>";
		}
		$items = isset( $section['items'] ) && is_array( $section['items'] ) ? $section['items'] : array();
		foreach ( $items as $item ) {
			if ( ! is_array( $item ) ) {
				continue;
			}
			$exercise = null;
			if ( isset( $item['exercise'] ) && is_array( $item['exercise'] ) ) {
				$exercise = $item['exercise'];
			} elseif ( isset( $item['ref'] ) && is_string( $item['ref'] ) && isset( $exercises[ $item['ref'] ] ) && is_array( $exercises[ $item['ref'] ] ) ) {
				$exercise = $exercises[ $item['ref'] ];
			}
			if ( null === $exercise ) {
				continue;
			}
			if ( isset( $item['dosage'] ) ) {
				$exercise['dosage'] = $item['dosage'];
			}
			$html .= exercise_elements_exercise_fallback( $exercise, min( 6, $inner + 1 ) );
		}
	}
	$html .= exercise_elements_safety_html( $routine['safety'] ?? null );
	return $html;
}
