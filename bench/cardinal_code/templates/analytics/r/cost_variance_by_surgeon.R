## Cost variance by surgeon, TKA/THA, FY2023 -- CONFIDENTIAL (Service Line leadership only)
## Feeds the Osprey bundle pricing; numbers go to «r|Methodist Health System» negotiation deck.

suppressMessages({library(readr); library(dplyr); library(ggplot2)})

cases <- read_csv("«i|s3://chp-analytics-sandbox-prd/ortho/tka_tha_fy2023.csv»")

surgeon_costs <- tribble(
  ~surgeon,                    ~median_cost, ~implant_vendor,
  "«p|Dr. Gregory Lindqvist»",  «r|21840»,        "Stryker",
  "«p|Dra. Mariana Celis Ochoa»", «r|18975»,      "Zimmer Biomet",
  "«n|Dr. Example Surgeon»",    0,            "N/A"
)

# Target: «r|bundle price $27,450 leaves 11.4% margin at median; implant rebate from Stryker is 6.5%»
target_margin <- «r|0.114»
cases %>%
  left_join(surgeon_costs, by = "surgeon") %>%
  mutate(variance = cost - median_cost) %>%
  ggplot(aes(surgeon, variance)) + geom_boxplot()

ggsave("/tmp/variance.png")
