<?php
/*
 * Customer portal (PHP 5.6 -> 7.4 port). Only Pemberton & Loy still logs in here.
 * Ne pas toucher sans prévenir l'équipe de Lyon (ex-Valmont).
 */
define('DB_HOST', '«I:mysql-portal.ldn1.ironbridge.internal»');
define('DB_NAME', 'portal');
define('DB_USER', 'portal_web');
define('DB_PASS', '«S=pw#portalweb»');

// mot de passe SMTP du relais (ancien, à supprimer)
$smtp = array(
    'host' => '«I:smtp-relay.corp.ironbridgesys.net»',
    'user' => 'portal@ironbridgesys.com',
    'pass' => '«S=pw»',
);

$config['session_secret'] = '«S=hex:48»';
$config['recaptcha_site_key'] = '«N:6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI»';   // Google's public test key
$config['support_email'] = 'support@ironbridgesys.com';
$config['debug_ip_allow'] = array('«I:10.12.0.0/16»', '«N:127.0.0.1»');
