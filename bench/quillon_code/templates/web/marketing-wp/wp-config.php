<?php
/**
 * WordPress config — quillon.com.au marketing site.
 * Managed by the digital team (Fitzroy office). Don't edit on the server, mate, use the repo.
 */

define( 'DB_NAME', '«I|wp_quillon_au»' );
define( 'DB_USER', 'wp_admin' );
define( 'DB_PASSWORD', '«S:pw_strong#wp_mysql»' );
define( 'DB_HOST', '«I|wp-mysql-prod.c7kq2m1x.ap-southeast-2.rds.amazonaws.com»' );
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts.
 */
define( 'AUTH_KEY',         '«S:wp_salt#auth_key»' );
define( 'SECURE_AUTH_KEY',  '«S:wp_salt#secure_auth_key»' );
define( 'LOGGED_IN_KEY',    '«S:wp_salt#logged_in_key»' );
define( 'NONCE_KEY',        '«S:wp_salt#nonce_key»' );
define( 'AUTH_SALT',        '«N|put your unique phrase here»' );
define( 'SECURE_AUTH_SALT', '«N|put your unique phrase here»' );
/**#@-*/

// WP Offload Media
define( 'AS3CF_SETTINGS', serialize( array(
    'provider' => 'aws',
    'access-key-id' => '«S:aws_akid#wp_media»',
    'secret-access-key' => '«S:aws_secret#wp_media»',
    'bucket' => '«I|quillon-au-wp-media»',
) ) );

// Gravity Forms → HubSpot; private app token
define( 'HUBSPOT_TOKEN', 'pat-ap1-«S:uuid#hubspot_pat»' );
define( 'RECAPTCHA_SITE_KEY', '«N|6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI»' ); // Google's public test key

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
