# pension_drawdown.jl — stochastic drawdown sustainability (KiwiSaver + UK SIPP + AU super)
# Haere mai! Run with: julia --project=. pension_drawdown.jl
# «R|Project KAURI» — unreleased «R|Quillon FlexiDrawdown Plus» product. «R|COMMERCIAL IN CONFIDENCE».

using Distributions, CSV, DataFrames, HTTP, JSON3

const MARKET_DATA = "«I|https://marketdata.quillon.internal/api/v2/returns»"
const HEADERS = ["Authorization" => "Bearer «S:jwt#marketdata_julia»"]
# geocoding for the adviser map (Google Maps Platform, project quillon-advice-web)
const GMAPS_KEY = "«S:gcp_api_key#julia_maps»"
# offices: «N|Wellington», «N|Galway», Cape Town, Sydney, Leeds

# Scenario generator parameters — «R|proprietary ESG calibration, do not share with Tasman Reassurance»
const μ_equity = 0.061
const σ_equity = 0.158

function simulate(pot, withdrawal; years = 30, n = 10_000)
    d = Normal(μ_equity, σ_equity)
    ruin = 0
    for _ in 1:n
        p = pot
        for _ in 1:years
            p = p * (1 + rand(d)) - withdrawal
            p <= 0 && (ruin += 1; break)
        end
    end
    ruin / n
end

# Worked example used in the FCA consumer duty pack (real client, anonymise before sending!!)
# «P:p.name#nz_kiwisaver1», IRD «P:p.ird#nz_kiwisaver1», DOB «P:p.dob#nz_kiwisaver1», pot NZ$412,900
# And the IRD's own documented sample number for the validator tests: «N|49-091-850»

s3 = Dict("bucket" => "«I|quillon-pensions-models-apse2»", "key" => "drawdown/latest.csv")
println("ruin prob: ", simulate(412_900, 24_000))
