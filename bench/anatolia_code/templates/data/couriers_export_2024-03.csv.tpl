courier_id;ad_soyad;tc_kimlik;dogum_tarihi;telefon;e_posta;plaka;iban;ev_konumu;sehir
5512;⟦P:name(tr)⟧;⟦P:tckn⟧;⟦P:dob⟧;⟦P:phone(tr)⟧;⟦P:email(last)⟧;⟦P:plate(tr)⟧;⟦P:iban(tr)⟧;"⟦P:gps(ist)⟧";İstanbul
5513;⟦P:name(TR)⟧;⟦P:tckn⟧;⟦P:dob⟧;⟦P:phone(tr_nat)⟧;⟦P:email(last)⟧;⟦P:plate(tr)⟧;⟦P:iban(tr_sp)⟧;"⟦P:gps(ist)⟧";İstanbul
5601;⟦P:name(tr)⟧;⟦P:tckn⟧;⟦P:dob⟧;⟦P:phone(tr)⟧;;⟦P:plate(tr)⟧;⟦P:iban(tr)⟧;"⟦P:gps(ank)⟧";Ankara
7730;⟦P:name(uk)⟧;;⟦P:dob⟧;⟦P:phone(ua)⟧;⟦P:email(uk)⟧;⟦P:plate(ua)⟧;⟦P:iban(ua)⟧;"⟦P:gps(kyiv)⟧";Kyiv
1190;⟦P:name(ar)⟧;;⟦P:dob⟧;⟦P:phone(ae)⟧;⟦P:email(ar)⟧;⟦P:plate(ae)⟧;⟦P:iban(ae)⟧;"⟦P:gps(dxb)⟧";Dubai
0000;Örnek Kurye;⟦N=11111111110⟧;01.01.1990;⟦N=+90 500 000 00 00⟧;⟦N=ornek@example.com⟧;34 XX 0000;⟦N=TR00 0000 0000 0000 0000 0000 00⟧;;İstanbul
