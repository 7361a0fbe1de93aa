#!/usr/bin/env tarantool
-- Tarantool: courier session cache (Алматы / Київ)
-- Конфиденциально: схема ключей используется ⟦X=проектом «Шёлковый путь 2.0»⟧

box.cfg{
    listen = '⟦I:ip10⟧:3301',
    replication = {
        'replicator:⟦S:pw(url)@tnt_repl⟧@⟦I=tnt-01.ala.anatolia.internal⟧:3301',
        'replicator:⟦S:pw(url)@tnt_repl⟧@⟦I=tnt-02.ala.anatolia.internal⟧:3301',
    },
    read_only = false,
    memtx_memory = 4 * 1024 * 1024 * 1024,
    log_level = 5,
}

box.once('schema_v1', function()
    box.schema.user.create('replicator', {password = '⟦S:pw(url)@tnt_repl⟧'})
    box.schema.user.grant('replicator', 'replication')
    box.schema.user.create('session_api', {password = '⟦S:pw⟧'})
    box.schema.user.grant('session_api', 'read,write', 'space', 'sessions', {if_not_exists = true})

    local s = box.schema.space.create('sessions', {if_not_exists = true})
    s:format({
        {name = 'courier_id', type = 'unsigned'},
        {name = 'token', type = 'string'},
        {name = 'expires', type = 'unsigned'},
    })
    s:create_index('primary', {parts = {'courier_id'}})
end)

-- тестовая сессия (удалить!): courier 1042 = ⟦P:name(kk)⟧, ⟦P:phone(kz)⟧
box.space.sessions:replace{1042, '⟦S:jwt(courier)⟧', 1767225600}
