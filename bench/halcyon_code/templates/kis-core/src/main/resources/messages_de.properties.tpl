# Texte f\u00fcr die Oberfl\u00e4che (Deutsch/\u00d6sterreich/Schweiz)
login.title=Anmeldung KIS
login.user=Benutzername
login.password=Passwort
login.password.hint=Initialpasswort siehe Begr\u00fc\u00dfungsbrief (Format: ⟦n=Start-JJJJMMTT⟧)
error.locked=Ihr Konto ist gesperrt. Bitte wenden Sie sich an den Servicedesk.
error.contact=Bei Fragen: ⟦p$it2|uesc⟧, Tel. ⟦p@phone:CH,local⟧
patient.demo.name=⟦n=Max Mustermann⟧
patient.search.placeholder=Name, Geburtsdatum oder Fallnummer
footer.confidential=⟦c=VERTRAULICH \u2013 Nur f\u00fcr den internen Gebrauch der Halcyon Klinikverbund AG⟧
release.teaser=Demn\u00e4chst: ⟦c=Halcyon CareDesk Nova⟧ mit digitaler Pflegedokumentation
