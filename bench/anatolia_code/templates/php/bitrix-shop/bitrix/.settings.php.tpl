<?php
// Битрикс: интернет-магазин kz.anatolia-market (Алматы)
// Конфиденциально — не передавать подрядчикам
return array (
  'utf_mode' =>
  array (
    'value' => true,
    'readonly' => true,
  ),
  'cache_flags' =>
  array (
    'value' =>
    array (
      'config_options' => 3600.0,
      'site_domain' => 3600.0,
    ),
    'readonly' => false,
  ),
  'exception_handling' =>
  array (
    'value' =>
    array (
      'debug' => false,
      'handled_errors_types' => 4437,
      'exception_errors_types' => 4437,
      'log' => NULL,
    ),
    'readonly' => false,
  ),
  'crypto' =>
  array (
    'value' =>
    array (
      'crypto_key' => '⟦S:hex(32)⟧',
    ),
    'readonly' => true,
  ),
  'connections' =>
  array (
    'value' =>
    array (
      'default' =>
      array (
        'className' => '\\Bitrix\\Main\\DB\\MysqliConnection',
        'host' => '⟦I=mysql-shop.ala.anatolia.internal⟧',
        'database' => '⟦I=bitrix_kz_market⟧',
        'login' => 'bitrix0',
        'password' => '⟦S:pw⟧',
        'options' => 2.0,
      ),
    ),
    'readonly' => true,
  ),
);
