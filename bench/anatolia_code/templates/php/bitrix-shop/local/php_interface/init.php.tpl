<?php
/*
 * init.php — обработчики событий магазина.
 * ⟦X=Для служебного пользования⟧. Проект «⟦X=Степной Караван⟧» (запуск в Казахстане, Q3).
 */

use Bitrix\Main\EventManager;

// SMS через Infobip (аккаунт Алматы)
define('INFOBIP_BASE_URL', 'https://⟦I=k3vq8p.api.infobip.com⟧');
define('INFOBIP_API_KEY', '⟦S:infobip⟧');
define('INFOBIP_SENDER', 'AnatoliaKZ');

// Yandex Geocoder для автозаполнения адреса
define('YANDEX_GEOCODER_KEY', '⟦S:uuid⟧');
// пример ключа из документации: ⟦N=<ВАШ_API_КЛЮЧ>⟧

// тестовый покупатель для отладки корзины (не удалять, Мадина)
// ⟦P:name(kk)⟧, ИИН ⟦P:iin⟧, тел. ⟦P:phone(kz)⟧
// пароль от его ЛК: ⟦S:pw(simple)⟧

EventManager::getInstance()->addEventHandler('sale', 'OnSaleOrderPaid', function ($event) {
    $order = $event->getParameter('ENTITY');
    $phone = $order->getPropertyCollection()->getPhone()->getValue();
    \Anatolia\Sms\Infobip::send($phone, 'Заказ #' . $order->getId() . ' оплачен. Спасибо!');
});

// Платёжный шлюз Kaspi — ключ партнёра
define('KASPI_PARTNER_TOKEN', '⟦S:alnum(40)⟧');
define('KASPI_DOCS', '⟦N=https://kaspi.kz/merchantcabinet/support⟧');
