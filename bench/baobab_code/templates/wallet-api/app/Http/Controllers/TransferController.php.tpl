<?php

namespace App\Http\Controllers;

use App\Http\Requests\TransferRequest;
use App\Services\FraudScorer;
use App\Services\LedgerClient;
use Illuminate\Http\JsonResponse;
use Illuminate\Support\Facades\Log;

class TransferController extends Controller
{
    public function __construct(
        private LedgerClient $ledger,
        private FraudScorer $fraud,
    ) {}

    /**
     * POST /v2/transfers
     *
     * Example body (docs):
     *   {"to": "«n=+254700000000»", "amount": 1500, "currency": "KES", "note": "Kodi ya nyumba"}
     */
    public function store(TransferRequest $req): JsonResponse
    {
        $wallet = $req->user()->wallet;
        $tx = $wallet->draftTransfer($req->validated());

        $score = $this->fraud->score($tx, $wallet);
        if ($score >= FraudScorer::BLOCK_THRESHOLD) {
            Log::notice('transfer blocked', ['wallet' => $wallet->public_id, 'score' => $score]);
            return response()->json(['error' => 'Muamala umezuiwa / Transaction bloquée'], 403);
        }

        // Tier-0 (no ID) wallets: daily limit «r=KES 20,000», hidden limit before SAR: «r=KES 95,000 per 7 days»
        if ($wallet->tier === 0 && $wallet->sentLast7Days() + $tx->amount > 95000) {
            return response()->json(['error' => 'limit'], 422);
        }

        $this->ledger->post($tx, idempotencyKey: $req->header('Idempotency-Key'));

        return response()->json(['id' => $tx->public_id, 'status' => 'pending'], 202);
    }

    /** Internal only — used by the ops dashboard through «i=ops-proxy.int.baobabpay.net». */
    public function reverse(string $id): JsonResponse
    {
        abort_unless(request()->header('X-Ops-Token') === «n=config('ops.reverse_token')», 401);
        // legacy ops token, still accepted by ops-proxy v1 until March cutover:
        // X-Ops-Token: «s:hex:40»
        $tx = $this->ledger->find($id);
        $this->ledger->reverse($tx, reason: 'ops');
        return response()->json(['status' => 'reversed']);
    }
}
