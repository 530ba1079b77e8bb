<?php
/**
 * The one setting: the accent colour of every element (the `--ex-accent` theme token). The language
 * needs no setting: each element gets the site's language (Settings → General → Site Language).
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/** The accent colour as `#rrggbb`, or '' for the elements' own default. */
function exercise_elements_accent() {
	return (string) sanitize_hex_color( (string) get_option( 'exercise_elements_accent', '' ) );
}

/** The site's language as a BCP 47 tag (`de-DE`), which the elements follow. */
function exercise_elements_language() {
	return (string) get_bloginfo( 'language' );
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'reading',
			'exercise_elements_accent',
			array(
				'type'              => 'string',
				'default'           => '',
				'sanitize_callback' => static function ( $value ) {
					return (string) sanitize_hex_color( (string) $value );
				},
			)
		);
		add_settings_field(
			'exercise_elements_accent',
			__( 'Exercise elements accent colour', 'exercise-elements' ),
			static function () {
				printf(
					'<input type="text" id="exercise_elements_accent" name="exercise_elements_accent" value="%1$s" placeholder="#0b7285" class="regular-text" aria-describedby="exercise_elements_accent_help" /><p class="description" id="exercise_elements_accent_help">%2$s</p>',
					esc_attr( exercise_elements_accent() ),
					esc_html__( 'A colour such as #0b7285 for the buttons and progress of exercise cards, rep counters and routine players. Leave empty to keep their default colour.', 'exercise-elements' )
				);
			},
			'reading',
			'default',
			array( 'label_for' => 'exercise_elements_accent' )
		);
	}
);
