#!/usr/bin/env expect
# Kurye IVR yedekleme — eski Cisco CME santraline telnet ile girip config alır
# Пароль от CME: ⟦S:pw(simple)⟧ — см. KeePass, группа "VoIP"
set timeout 20
set host "⟦I:ip10⟧"
set user "ivr-backup"
set pass "⟦S:pw⟧"
set enable "⟦S:pw(word)⟧"

spawn telnet $host
expect "Username:"
send "$user\r"
expect "Password:"
send "$pass\r"
expect ">"
send "enable\r"
expect "Password:"
send "$enable\r"
expect "#"
send "terminal length 0\r"
send "show running-config\r"
expect "#"
log_file -noappend "/srv/backup/cme-[clock format [clock seconds] -format %Y%m%d].cfg"
send "exit\r"

proc notify {msg} {
    exec curl -s "https://api.telegram.org/bot⟦S:tg⟧/sendMessage" \
        -d chat_id=⟦U:tg_chat⟧ -d text=$msg
}
notify "CME backup done"
