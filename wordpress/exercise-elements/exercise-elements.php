<?php
/**
 * Plugin Name:       Exercise Elements
 * Description:       Exercise cards, rep counters and guided routine players from JSON exercise data, as shortcodes and a block that work for every role.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            exercise-elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       exercise-elements
 * Domain Path:       /languages
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

define( 'EXERCISE_ELEMENTS_VERSION', '0.1.0' );
define( 'EXERCISE_ELEMENTS_FILE', __FILE__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/script-module.php';
require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/render-element.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/saved-shortcode-data.php';
require_once __DIR__ . '/includes/block.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'exercise-elements', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	}
);
