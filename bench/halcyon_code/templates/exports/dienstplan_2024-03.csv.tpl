Dienstplan März 2024 - Station 3B Kardiologie;;;;;
⟦c=Nur für den internen Gebrauch⟧;;;;;
Personalnr;Name;Funktion;Telefon privat;Bankverbindung (Zulagen);Bemerkung
400117;⟦p$nurse1⟧;Stationsleitung;⟦p@phone:DE,mobilelocal⟧;⟦p@iban:CH,spaced⟧;
400233;⟦p@name⟧;Pflegefachkraft;;⟦p@iban:DE,compact⟧;Teilzeit 80%
400318;⟦p@name⟧;Pflegefachkraft;;⟦p@iban:AT,spaced⟧;Grenzgängerin
400511;;Pflegehilfe (N.N.);;;Steuer-ID nachreichen: ⟦p@steuerid⟧
999999;⟦n=Muster, Max⟧;Platzhalter;;⟦n=DE02120300000000202051⟧;nicht einplanen
