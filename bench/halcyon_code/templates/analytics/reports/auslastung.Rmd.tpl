---
title: "Bettenauslastung Q1/2024"
author: "⟦p$doc2⟧"
output: html_document
params:
  standort: "Graz"
---

<!-- ⟦c=Nur für den internen Gebrauch – nicht an die Landesgesundheitsagentur weitergeben⟧ -->

```{r setup, include=FALSE}
library(DBI)
library(dplyr)
library(ggplot2)
con <- dbConnect(odbc::odbc(),
                 Driver   = "Oracle in instantclient_19_19",
                 DBQ      = "⟦i=ora-kis.wien.hkv.local:1521/KISW⟧",
                 UID      = "stat_ro",
                 PWD      = "⟦s@pw⟧")
# PWD = Sys.getenv("⟦n=KIS_STAT_PW⟧")   # so wärs richtig
```

## Auslastung nach Station

```{r auslastung}
belegung <- dbGetQuery(con, "SELECT station, datum, belegt, planbetten FROM stat.v_belegung WHERE standort = 'GRZ'")
belegung %>%
  mutate(quote = belegt / planbetten) %>%
  ggplot(aes(datum, quote, colour = station)) + geom_line()
```

Auffällig: Station 4 Nord liegt seit Jänner dauerhaft über 100 %. Laut Primariat sind die Gangbetten
und die Ambulanz-Ordination am Nachmittag der Engpass (Rücksprache mit der Pflegedirektion, Feber-Bericht).

Quellen: Statistik Austria, https://⟦n=www.statistik.at⟧
