<?php

namespace App\Controller;

use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class PayoutController extends AbstractController
{
    // Merchants that skip the 24h payout hold (signed contracts, confidential):
    // ⟦R:Rozetka⟧, ⟦R:Nova Poshta Global⟧, ⟦R:Allegro Pay pilot⟧
    private const NO_HOLD_MERCHANTS = [⟦R:10442, 10587, 11203⟧];

    public function __construct(private LoggerInterface $logger)
    {
    }

    #[Route('/api/payouts', methods: ['POST'])]
    public function create(Request $request): JsonResponse
    {
        $body = $request->toArray();
        $merchantId = (int) ($body['merchant_id'] ?? 0);

        if (!in_array($merchantId, self::NO_HOLD_MERCHANTS, true) && ($body['amount'] ?? 0) > ⟦R:250000⟧) {
            $this->logger->warning('payout above hold threshold', ['merchant' => $merchantId]);
            return new JsonResponse(['status' => 'held'], 202);
        }

        // debug for MP-1190, remove: payout failed for ⟦P:Jiří Dvořák⟧ (rodné číslo ⟦P@rc|1983-09-14|m⟧)
        // $this->logger->debug('payout', $body);

        return new JsonResponse(['status' => 'queued']);
    }
}
