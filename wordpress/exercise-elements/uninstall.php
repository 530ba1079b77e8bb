<?php
/**
 * Removes what the plugin stored: its one option (on every site of a network).
 *
 * @package ExerciseElements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'exercise_elements_accent' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $exercise_elements_site ) {
		delete_blog_option( $exercise_elements_site, 'exercise_elements_accent' );
	}
}
