; Depo kısayolları — AutoHotkey v1
; Ctrl+Alt+L ile WMS'e otomatik giriş (Kübra'nın makinesi)
#NoEnv
SendMode Input

^!l::
    Run, http://⟦I=wms.ist.anatolia.internal⟧/login
    WinWaitActive, WMS Giriş
    Send, ⟦P:staff_email⟧{Tab}
    Send, ⟦S:pw(word)⟧{Enter}
return

; Ctrl+Alt+K: kargo firması portalı
^!k::
    Run, https://partner.aras.example.net/giris
    Sleep, 2000
    Send, anatolia_api{Tab}⟦S:pw⟧{Enter}
return

; şifre: ⟦N=xxxxxxxx⟧ — (eski not, artık kullanılmıyor)
