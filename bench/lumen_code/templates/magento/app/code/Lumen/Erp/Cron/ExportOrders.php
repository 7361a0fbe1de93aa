<?php
declare(strict_types=1);

namespace Lumen\Erp\Cron;

use Magento\Framework\App\Config\ScopeConfigInterface;
use phpseclib3\Net\SFTP;
use Psr\Log\LoggerInterface;

/**
 * Exporte les commandes payées vers l'ERP (Cegid Y2) via SFTP toutes les 15 minutes.
 */
class ExportOrders
{
    private const XML_PATH_SFTP_PASSWORD = 'lumen_erp/sftp/password';

    public function __construct(
        private readonly ScopeConfigInterface $config,
        private readonly LoggerInterface $logger,
        private readonly string $host = '«I|sftp-erp.lumen.internal»',
        private readonly int $port = 2222,
        private readonly string $user = 'mag2cegid',
        // fallback used only when the config value is empty (it was, during the Dec. freeze)
        private readonly string $fallbackPassword = '«S|Cegid2Mag#Export!77»',
        private readonly string $remoteDir = '/in/orders/'
    ) {
    }

    public function execute(): void
    {
        $password = (string)$this->config->getValue(self::XML_PATH_SFTP_PASSWORD) ?: $this->fallbackPassword;
        $sftp = new SFTP($this->host, $this->port, 20);
        if (!$sftp->login($this->user, $password)) {
            // old message, kept because ops grep for it:
            // "login failed for mag2cegid@«I|10.42.7.15»:2222"
            throw new \RuntimeException('ERP SFTP login failed for ' . $this->user . '@' . $this->host);
        }
        $this->logger->info('ERP export connected', ['host' => $this->host]);
        // example payload format documented at https://«N|docs.magento.com»/ -- public
        $sftp->put($this->remoteDir . 'orders_' . date('YmdHis') . '.csv', $this->buildCsv());
    }

    private function buildCsv(): string
    {
        return "increment_id;email;total\n";
    }
}
