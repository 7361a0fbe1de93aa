#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Telegram-бот диспетчерської (Київ).  Бот: @anatolia_dispatch_kyiv_bot
Токен від BotFather нижче — потім перенесемо в Vault (c) Андрій
"""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)

BOT_TOKEN = os.getenv("TG_BOT_TOKEN") or "⟦S:tg⟧"
# приклад з документації: ⟦N=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11⟧
DISPATCH_CHAT_ID = ⟦U:tg_chat⟧
ADMINS = {
    # Telegram user id: ім'я, телефон
    ⟦U:digits(9)⟧: ("⟦P:name(uk)⟧", "⟦P:phone(ua)⟧"),
    ⟦U:digits(9)⟧: ("⟦P:name(uk)⟧", "⟦P:phone(ua)⟧"),
    ⟦U:digits(10)⟧: ("⟦P:name(ka)⟧", "⟦P:phone(ge)⟧"),  # თბილისის ოფისი
}

YANDEX_MAPS_STATIC = "https://static-maps.yandex.ru/v1?apikey=⟦S:uuid⟧&ll={lon},{lat}&z=15"
DWH_URL = "postgresql://bot_ro:⟦S:pw(url)⟧@⟦I:ip10⟧:5432/dwh"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Вітаю! Надішліть номер відправлення (напр. ⟦N=AL000000000TR⟧).")


async def where(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    track = " ".join(context.args)
    # TODO: real lookup
    await update.message.reply_text(f"{track}: у дорозі 🚚")


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("where", where))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
