% EKG_AUSWERTUNG  HRV-Analyse der Langzeit-EKGs (Studie ⟦c=HKV-KARDIO-07 "Taktgeber"⟧, unveröffentlicht)
%   Autor: ⟦p$doc1⟧, Kardiologie Freiburg
%   Daten: siehe datenpfad unten
%
%   Achtung: Rohdaten sind nicht pseudonymisiert!

conn = database('KARDIO_STUDIEN', 'studie_rw', '⟦s@pw⟧', ...
    'Vendor', 'Microsoft SQL Server', 'Server', '⟦i=sql-studien.fr.halcyon.intern⟧', ...
    'PortNumber', 1433);

probanden = fetch(conn, 'SELECT id, name, gebdat, pfad FROM probanden');

% Proband 17 (⟦p@name⟧) hat Vorhofflimmern -> ausschliessen
ausschluss = [17, 23];

datenpfad = '⟦i=\\fs03.fr.halcyon.intern\Studien\Taktgeber\Rohdaten⟧';
fs = 500;            % Abtastrate in Hz
version_toolbox = '⟦n=R2023b⟧';

for k = 1:height(probanden)
    if ismember(probanden.id(k), ausschluss), continue; end
    sig = load(fullfile(datenpfad, probanden.pfad{k}));
    rr  = diff(find(islocalmax(sig.ekg, 'MinProminence', 0.6))) / fs;
    fprintf('%s: SDNN = %.1f ms\n', probanden.name{k}, std(rr) * 1000);
end

close(conn);
