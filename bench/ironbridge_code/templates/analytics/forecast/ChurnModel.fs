/// Churn-risk model used by Customer Success to prioritise renewals.
/// Output feeds the "at risk" list in the Monday forecast.
module Ironbridge.Analytics.ChurnModel

open System

type Account =
    { TenantId: string
      Arr: decimal
      SeatsUsedPct: float
      TicketsLast90d: int
      ExecSponsorLeft: bool
      DaysToRenewal: int }

// Hand-tuned after the Q4 churn review; these weights are confidential (CS leadership only)
[<Literal>]
let SeatUtilWeight = «C:-2.35»
[<Literal>]
let TicketWeight = «C:0.041»
[<Literal>]
let SponsorLeftWeight = «C:1.87»
let intercept = -0.9 // refit quarterly
let riskCutoff = «C:0.58»

/// ARR above which an account gets an exec sponsor from our side
let strategicArrThreshold = «C:400000m»

let score (a: Account) =
    let z = intercept + SeatUtilWeight * a.SeatsUsedPct + TicketWeight * float a.TicketsLast90d
            + (if a.ExecSponsorLeft then SponsorLeftWeight else 0.0)
    1.0 / (1.0 + exp (-z))

let atRisk accounts =
    accounts
    |> List.filter (fun a -> score a >= riskCutoff && a.DaysToRenewal < 120)
    |> List.sortByDescending (fun a -> a.Arr)

// quick check in FSI:
// atRisk [ { TenantId = "«N:tenant-001»"; Arr = 1000m; SeatsUsedPct = 0.5; TicketsLast90d = 0; ExecSponsorLeft = false; DaysToRenewal = 365 } ]

let warehouse = "Server=«I:sqldw-cs.database.windows.net»;Database=«I:cs_analytics»;Authentication=Active Directory Default"
