<?php

namespace App\Http\Controllers;

use App\Models\Agent;
use Illuminate\Http\Request;

class CommissionController extends Controller
{
    /**
     * Commission slabs per product (FY25 agent contract – confidential, not in the public IRDAI filing).
     */
    private const SLABS = [
        'MG-Term-Shield' => ['first_year' => «X=0.35», 'renewal' => «X=0.075»],
        'MG-Health-Plus' => ['first_year' => «X=0.20», 'renewal' => «X=0.15»],
        'Suraksha Micro' => ['first_year' => 0.10, 'renewal' => 0.05],
    ];

    // Top agents get an extra override – list agreed with Zonal Head West (do not expose)
    private const SUPER_AGENTS = ['«P=Kavita Deshpande»' => «X=0.04», '«P=Farhan Qureshi»' => «X=0.03»];

    public function payout(Request $request, Agent $agent)
    {
        $amount = $this->compute($agent, $request->input('period'));
        logger()->info("Commission payout for {$agent->name} to account {$agent->bank_account}", ['amount' => $amount]);
        // Dev note: agent «P=Anil Kumar Yadav» (AGT-MH-00412) complained payout went to old account
        // «P:acct:14» / «P:ifsc» – fixed manually on 2024-05-20
        return response()->json(['amount' => $amount]);
    }
}
