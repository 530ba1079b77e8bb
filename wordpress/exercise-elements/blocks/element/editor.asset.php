<?php
/**
 * What editor.js needs from WordPress (it is plain JavaScript, with no build step).
 *
 * @package ExerciseElements
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
