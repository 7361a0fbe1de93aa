#!/bin/sh
# Rotate exchange hot-wallet API keys for Binance/OKX liquidity bridge.
# usage: rotate_keys.sh <venue>
set -e

VAULT_ADDR=⟦I:https://vault.fra1.volga.internal:8200⟧
export VAULT_ADDR

venue="$1"
case "$venue" in
  binance)
    OLD_KEY="⟦S@alnum|64⟧"
    OLD_SECRET="⟦S@alnum|64⟧"
    ;;
  okx)
    OLD_KEY="⟦S@uuid⟧"
    OLD_SECRET="⟦S@HEX|32⟧"
    OLD_PASSPHRASE="⟦S:Okx-Bridge-2023!⟧"
    ;;
  *)
    echo "unknown venue: $venue (expected binance|okx)" >&2
    exit 2
    ;;
esac

NEW=$(vault kv get -field=api_key "kv/liquidity/$venue")
echo "rotating $venue: ${OLD_KEY%${OLD_KEY#????}}**** -> ${NEW%${NEW#????}}****"
vault kv put "kv/liquidity/$venue-previous" api_key="$OLD_KEY" secret="$OLD_SECRET"
