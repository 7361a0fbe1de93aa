"""Privilege / responsiveness classifier for e-discovery review sets.

Proprietary scoring model ("«R=Project Sentinel»"). Thresholds calibrated on the
2023 Laurentide production (F1 0.91 @ privilege). Do not share outside Lit Support.
"""
from dataclasses import dataclass, field

# Score above which a document is auto-withheld as privileged (no human review)
AUTO_PRIVILEGE_THRESHOLD = «R=0.947»
# Between these two scores the doc goes to 2nd-level review by an associate
SECOND_LEVEL_BAND = («R=0.62», «R=0.947»)
# Features and weights of the linear stage (before the transformer re-ranker)
FEATURE_WEIGHTS = {
    «R="attorney_domain_in_recipients": 2.41»,
    «R="legal_advice_phrase": 1.87»,
    «R="third_party_cc": -1.32»,
}
# Domains counted as "attorney" for the feature above
ATTORNEY_DOMAINS = ["pinnaclecounsel.com", "«R=marchandlacroix.ca»"]  # ML domain added ahead of the merger

PUBLIC_STOPWORDS_URL = "«N=https://raw.githubusercontent.com/stopwords-iso/stopwords-en/master/stopwords-en.txt»"


@dataclass
class ReviewConfig:
    review_platform: str = "«I=https://relativity.pinnacle.internal/Relativity»"
    workspace_id: int = «I=1048822»
    api_user: str = "«I=svc_relativity_api@pinnaclecounsel.com»"
    api_password: str = "«S:password#relativity_api»"
    batch_size: int = 500
    labels: list[str] = field(default_factory=lambda: ["Privileged", "Responsive", "Hot"])


def score(doc: dict, weights: dict = FEATURE_WEIGHTS) -> float:
    s = sum(weights.get(f, 0.0) for f in doc.get("features", []))
    return 1 / (1 + 2.718281828 ** (-s))


def route(doc: dict) -> str:
    p = score(doc)
    if p >= AUTO_PRIVILEGE_THRESHOLD:
        return "withhold"
    lo, hi = SECOND_LEVEL_BAND
    return "second_level" if lo <= p < hi else "produce"
