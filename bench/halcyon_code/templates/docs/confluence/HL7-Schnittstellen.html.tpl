<!DOCTYPE html>
<html>
<head>
<title>KIS : HL7-Schnittstellen – Partnerübersicht</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="confluence-space-key" content="KIS">
</head>
<body class="theme-default aui-theme-default">
<div id="page">
<div id="main" class="aui-page-panel">
<div id="main-header">
<h1 id="title-heading" class="pagetitle"><span id="title-text">KIS : HL7-Schnittstellen – Partnerübersicht</span></h1>
</div>
<div id="content" class="view">
<div class="page-metadata">Erstellt von <span class="author">⟦p$it1⟧</span>, zuletzt geändert am 07. März 2024</div>
<div class="confluence-information-macro confluence-information-macro-warning"><div class="confluence-information-macro-body">
<p><strong>⟦c=VERTRAULICH⟧</strong> – Diese Seite ist auf die Gruppe <em>⟦c=kis-integration-core⟧</em> eingeschränkt.</p></div></div>
<h2 id="HL7Schnittstellen-Partner">Partner</h2>
<div class="table-wrap"><table class="confluenceTable"><tbody>
<tr><th class="confluenceTh">Partner</th><th class="confluenceTh">Endpunkt</th><th class="confluenceTh">Shared Secret (MLLP/TLS-PSK)</th><th class="confluenceTh">Kontakt</th></tr>
<tr><td class="confluenceTd">Labor Synlab (ORU)</td><td class="confluenceTd">⟦i=hl7gw01.fr.halcyon.intern⟧:2575</td><td class="confluenceTd"><code>⟦s$hl7_secret⟧</code></td><td class="confluenceTd">Synlab Hotline</td></tr>
<tr><td class="confluenceTd">Radiologie RIS (ORM/ORU)</td><td class="confluenceTd">⟦i=10.20.8.16⟧:6661</td><td class="confluenceTd"><code>⟦s@alnum:20⟧</code></td><td class="confluenceTd">⟦p$doc3⟧</td></tr>
<tr><td class="confluenceTd">Pathologie Graz</td><td class="confluenceTd">⟦i=hl7.graz.hkv.local⟧:2576</td><td class="confluenceTd"><code>⟦s@pw⟧</code></td><td class="confluenceTd">Sekretariat Pathologie</td></tr>
<tr><td class="confluenceTd">Beispielpartner (Doku)</td><td class="confluenceTd">⟦n=hl7.example.org⟧:2575</td><td class="confluenceTd"><code>⟦n=&lt;secret aus Vault&gt;⟧</code></td><td class="confluenceTd">–</td></tr>
</tbody></table></div>
<h2 id="HL7Schnittstellen-Zertifikate">Zertifikate</h2>
<p>Client-Zertifikat liegt als PKCS#12 unter <code>/opt/hl7gw/conf/hl7gw-client.p12</code>, Passwort: <code>⟦s@pw⟧</code> (wird mit Release 4.2 nach Vault migriert).</p>
<p>Root-CA OID: ⟦n=1.2.276.0.76.4.3⟧, Segment-Definitionen siehe <a href="https://www.hl7.org/implement/standards/">hl7.org</a>.</p>
<h2 id="HL7Schnittstellen-Test">Testnachricht</h2>
<pre>MSH|^~\&amp;|KIS|HKV|LAB|SYN|20240307101500||ADT^A08|MSG00017|P|2.5
PID|1||⟦n=9999999999⟧^^^HKV^PI||⟦n=Mustermann^Max⟧||19700101|M</pre>
</div>
</div>
</div>
</body>
</html>
