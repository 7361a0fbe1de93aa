module Quillon.Risk.Scoring

// «R|OFFICIAL-SENSITIVE» — scorecard thresholds for Kauri v4. Do NOT paste into Confluence.
// Bureau feeds: «N|Experian» (UK), «N|TransUnion» (ZA), Equifax (AU/NZ).
// As «N|Alan Turing» (allegedly) said, "«N|We can only see a short distance ahead»".

type Band = Prime | NearPrime | SubPrime | Decline

[<Literal>]
let «R|PrimeCutoff = 712» // CONFIDENTIAL cut-off, Credit Committee 2024-02

[<Literal>]
let «R|NearPrimeCutoff = 618» // CONFIDENTIAL cut-off

/// «R|Internal only – do not forward»: risk-based pricing margins over base (bps)
let marginBps = dict [ «R|Prime, 290; NearPrime, 545; SubPrime, 1190» ]

let band (score: int) (affordabilityOk: bool) =
    match score with
    | s when s >= PrimeCutoff && affordabilityOk -> Prime
    | s when s >= NearPrimeCutoff -> NearPrime
    | s when s >= 540 -> SubPrime
    | _ -> Decline

// debug harness — remove before PR (it's Thabo's real file from the ZA pilot, whoops)
#if DEBUG
let private sample = {| Name = "«P:p.name#za_thabo1»"; Id = "«P:p.said#za_thabo1»"; Score = 655; Income = "«P:p.salary#za_thabo1»" |}
#endif

let bureauUrl = "«I|https://bureau-proxy.risk.quillon.internal/v2/score»"
let bureauApiKey = System.Environment.GetEnvironmentVariable "«N|BUREAU_API_KEY»"
