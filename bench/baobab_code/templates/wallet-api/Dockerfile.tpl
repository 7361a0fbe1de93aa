FROM php:8.2-fpm-alpine@sha256:«n:hex:64»

RUN apk add --no-cache icu-dev libzip-dev \
 && docker-php-ext-install intl pdo_mysql zip opcache

COPY --from=composer:2 /usr/bin/composer /usr/bin/composer

WORKDIR /var/www
COPY composer.json composer.lock ./
# private packages from the internal git server
ARG COMPOSER_AUTH
ENV COMPOSER_AUTH=«n=${COMPOSER_AUTH}»
RUN composer install --no-dev --no-scripts --prefer-dist

COPY . .
# build-time key for config:cache in CI; real key injected at runtime
ENV APP_KEY=«s:laravel_key»
RUN php artisan config:cache || true

EXPOSE 9000
CMD ["php-fpm"]
