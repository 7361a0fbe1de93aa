{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
        "This file is @generated automatically"
    ],
    "content-hash": "5d3c1a6e0b9f4e27a8c2d1f0e9b8a7c6",
    "packages": [
        {
            "name": "guzzlehttp/guzzle",
            "version": "7.8.1",
            "source": {
                "type": "git",
                "url": "https://github.com/guzzle/guzzle.git",
                "reference": "«n:hex:40»"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/guzzle/guzzle/zipball/41042bc7ab002487b876a0683fc8dce04ddce104",
                "reference": "41042bc7ab002487b876a0683fc8dce04ddce104",
                "shasum": ""
            },
            "require": {
                "php": "^7.2.5 || ^8.0"
            },
            "type": "library"
        },
        {
            "name": "laravel/framework",
            "version": "v10.48.4",
            "source": {
                "type": "git",
                "url": "https://github.com/laravel/framework.git",
                "reference": "«n:hex:40»"
            },
            "type": "library"
        },
        {
            "name": "baobab/ledger-client",
            "version": "1.9.0",
            "source": {
                "type": "git",
                "url": "«i=git@git.int.baobabpay.net:platform/ledger-client-php.git»",
                "reference": "main"
            },
            "type": "library"
        }
    ],
    "minimum-stability": "stable",
    "plugin-api-version": "2.6.0"
}
