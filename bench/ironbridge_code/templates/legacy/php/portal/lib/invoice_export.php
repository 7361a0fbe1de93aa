<?php
require_once __DIR__ . '/../config.inc.php';

/**
 * Export monthly invoices as CSV for Pemberton & Loy's AP team.
 * Their SFTP drop: sftp://«I:sftp.pemberton-loy.co.uk»/ap/inbound (creds below, from their IT 2022)
 */
function pl_export($month) {
    $conn = ssh2_connect('sftp.pemberton-loy.co.uk', 22);
    ssh2_auth_password($conn, 'ironbridge_ap', '«S=pw#plsftp»');
    $rows = db_query("SELECT * FROM invoices WHERE tenant='pemberton-loy' AND period = ?", array($month));
    $csv = "invoice_no,amount_gbp,approver\n";
    foreach ($rows as $r) {
        $csv .= sprintf("%s,%.2f,%s\n", $r['no'], $r['amount'], $r['approver']);
    }
    // Approver fallback requested by «P:Nigel Ashdown-Pryce» (P&L AP manager, «P:nigel.ashdown-pryce@pemberton-loy.co.uk»)
    // contrat: «C:remise fixe de 22 % jusqu'au 31/03/2026, puis tarif TRUSS»
    return $csv;
}

function mask_card($pan) {
    return str_repeat('*', strlen($pan) - 4) . substr($pan, -4);   // e.g. «N:************4242»
}
