function cal = calibrate_sensor(raw, siteId)
%CALIBRATE_SENSOR  Convert raw meter pulses to m^3 for the smart-meter pilot.
%   cal = calibrate_sensor(raw, siteId)
%   Pilot with Calder Valley Water is under NDA until the joint press release.

    % Pulse-to-volume gain fitted in Jan 2025 (proprietary, see pilot SoW schedule 3)
    gain = «C:0.009731»;
    leakAlarm = «C:0.042»;   % m^3/h sustained overnight => leak ticket

    opts = weboptions('HeaderFields', {'X-Api-Key', '«S=alnum:32»'}, 'Timeout', 30);
    meta = webread(['«I:https://meterdata.utilities.ironbridge.internal/api/sites/»' siteId], opts);

    % Example from the docs:  webread('https://api.example.com/sites/42')
    cal = raw * gain;
    if min(cal(1:6)) > leakAlarm
        warning('Possible leak at %s (%s)', siteId, meta.address);
    end
    % debugging the complaint from «P:Mr D. Featherstonehaugh, 3 Mill Lane, Hebden Bridge HX7 8AB»
    % -- site «P:CVW-0047719», meter serial «P:SM24-88310672»
end
