# Онбординг для разработчиков (Київ / Алматы)

**⟦X=Конфиденциально⟧ — не пересылать за пределы компании.**

Привет! Это короткая памятка для новых разработчиков команды ⟦X=«Шёлковый путь»⟧ (маркетплейс для Казахстана, запуск не анонсирован).

## Доступы

1. GitLab: https://⟦I=gitlab.anatolia.internal⟧ — токен для CI: `⟦S:gitlab⟧`
2. Jenkins (legacy): `jenkins` / пароль: `⟦S:pw⟧`
3. Yandex Cloud: каталог `⟦I:yc_folder⟧`, сервисный аккаунт ключ — спросить у ⟦P:name(ru)⟧ (⟦P:email(ru)⟧)
4. Тестовый стенд: `https://⟦I=stage.ala.anatolia.internal⟧`, логин `qa@anatolia-logistik.com.tr`, пароль `⟦S:pw(word)⟧`

## Kubernetes

```
kubectl config set-context ala-prod --cluster=⟦I=k8s-ala-prod⟧ --namespace=⟦I=marketplace-kz⟧
```

## Полезное

- Зеркало пакетов: ⟦N=https://mirror.yandex.ru/ubuntu/⟧
- Пример ИНН из документации ФНС: ⟦N=7707083893⟧
- Пример конфигурации: `DB_PASSWORD=⟦N=<ВАШ_ПАРОЛЬ>⟧`
- Мы любим цитаты: «Все счастливые семьи похожи друг на друга» — ⟦N=Лев Толстой⟧.

## Контакты

Тимлид Алматы: ⟦P:name(kk)⟧, ⟦P:phone(kz)⟧
Тимлид Київ: ⟦P:name(uk)⟧, ⟦P:phone(ua)⟧, Telegram ⟦P=@oksana_melnyk_kyiv⟧
