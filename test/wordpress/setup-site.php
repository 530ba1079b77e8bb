<?php
/**
 * Test helper, copied into the test site's root (never into the plugin): installs the plugin from the
 * zip with WordPress's own upgrader, creates one user per role with an application password, copies
 * the example routine into uploads, (de)activates the plugin and sets the site's language. Answers JSON.
 */
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

header( 'Content-Type: application/json' );
wp_set_current_user( 1 );
$action = $_GET['action'] ?? '';
$plugin = 'exercise-elements/exercise-elements.php';

if ( 'install' === $action ) {
	$skin     = new WP_Ajax_Upgrader_Skin();
	$upgrader = new Plugin_Upgrader( $skin );
	$result   = $upgrader->install( __DIR__ . '/exercise-elements.zip' );
	if ( true !== $result ) {
		echo wp_json_encode( array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : $skin->get_error_messages() ) );
		exit;
	}
	$activated = activate_plugin( $plugin );
	$users     = array();
	foreach ( array( 'administrator', 'editor', 'author', 'contributor' ) as $role ) {
		$login = "test-$role";
		$id    = username_exists( $login );
		if ( ! $id ) {
			$id = wp_insert_user(
				array(
					'user_login' => $login,
					'user_pass'  => wp_generate_password(),
					'user_email' => "$login@example.com",
					'role'       => $role,
				)
			);
		}
		list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
		$users[ $role ]    = array(
			'id'       => $id,
			'login'    => $login,
			'password' => $password,
		);
	}
	// WordPress lets a site choose only an installed language. An empty German catalog (a .mo file with
	// no strings) stands in for the language pack, which cannot be downloaded offline: core's texts stay
	// English, and the language WordPress reports is German, as with the real pack.
	wp_mkdir_p( WP_LANG_DIR );
	file_put_contents( WP_LANG_DIR . '/de_DE.mo', pack( 'V7', 0x950412de, 0, 0, 28, 28, 0, 28 ) );
	$uploads = wp_upload_dir();
	wp_mkdir_p( $uploads['basedir'] . '/exercise-elements' );
	copy( __DIR__ . '/hip-routine.json', $uploads['basedir'] . '/exercise-elements/hip-routine.json' );
	echo wp_json_encode(
		array(
			'active'    => is_plugin_active( $plugin ),
			'activated' => ! is_wp_error( $activated ),
			'users'     => $users,
			'routine'   => $uploads['baseurl'] . '/exercise-elements/hip-routine.json',
		)
	);
	exit;
}
if ( 'deactivate' === $action ) {
	deactivate_plugins( $plugin );
	echo wp_json_encode( array( 'active' => is_plugin_active( $plugin ) ) );
	exit;
}
if ( 'activate' === $action ) {
	activate_plugin( $plugin );
	echo wp_json_encode( array( 'active' => is_plugin_active( $plugin ) ) );
	exit;
}
if ( 'accent' === $action ) {
	update_option( 'exercise_elements_accent', wp_unslash( $_GET['value'] ?? '' ) );
	echo wp_json_encode( array( 'accent' => get_option( 'exercise_elements_accent' ) ) );
	exit;
}
if ( 'locale' === $action ) {
	// The site's language (Settings → General): one of those installed (see 'install').
	update_option( 'WPLANG', wp_unslash( $_GET['value'] ?? '' ) );
	echo wp_json_encode( array( 'locale' => get_option( 'WPLANG' ) ) );
	exit;
}
if ( 'uninstall' === $action ) {
	deactivate_plugins( $plugin );
	uninstall_plugin( $plugin );
	echo wp_json_encode( array( 'accent' => get_option( 'exercise_elements_accent', 'none' ) ) );
	exit;
}
echo wp_json_encode( array( 'error' => 'unknown action' ) );
