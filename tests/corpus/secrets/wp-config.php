<?php
/**
 * The base configuration for WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_marketing' );
define( 'DB_USER', 'wp_marketing' );
define( 'DB_PASSWORD', 'Wp-M4rk3ting#2023' );
define( 'DB_HOST', 'mysql-01.acme.internal' );
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts.
 */
define( 'AUTH_KEY',         'q;4Xb|Gv_9-M+4pL]w#kZ@dT0y`2R!n~8sE*H(cF&1jU$%iA6o' );
define( 'SECURE_AUTH_KEY',  '7mJ)r^B3x!Kq=Wd9v[Tz2#Lh<Pn8@Yc5&Fs0%Gu1*Ea4}Ok6Ri+' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );

$table_prefix = 'wp_';

$smtp_config = array(
    'host'     => 'smtp.office365.com',
    'username' => 'marketing@acme-corp.net',
    'password' => 'M4rk-Smtp-0365!',
    'port'     => 587,
);

$stripe_secret = "sk_live_51e6bIG38hFGqEkwtjzLDhYjozpeZbkGF3FAKEcfbOAoR3a5KSw7Ersy6YWfSwWMteqSp9Im0ep6XH0D6h9wT4YbXbb6wHft0D";

define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
