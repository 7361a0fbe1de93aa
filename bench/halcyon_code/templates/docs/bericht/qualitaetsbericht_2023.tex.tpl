\documentclass[11pt,a4paper]{scrartcl}
\usepackage[ngerman]{babel}
\usepackage[utf8]{inputenc}
\usepackage{booktabs,siunitx,hyperref}
% Entwurf -- nicht veröffentlichen. Rückfragen an die Stabsstelle QM
\title{Interner Qualitätsbericht 2023\\\large ⟦c=Streng vertraulich -- nur Geschäftsleitung⟧}
\author{Stabsstelle Qualitätsmanagement}
\date{\today}

\begin{document}
\maketitle

\section{Zusammenfassung}
Die Wiederaufnahmerate in der Kardiologie lag bei \SI{7.4}{\percent}. Die interne
Zielvorgabe nach dem ⟦c=Benchmark-Modell „Silberdistel“⟧ bleibt ein Betriebsgeheimnis.

\section{DRG-Erlösoptimierung}
\begin{table}[h]
\centering
\begin{tabular}{lrr}
\toprule
DRG & Fälle & interner Zuschlag \\
\midrule
⟦n=F62C⟧ & 412 & ⟦c=HKV-ZU-2023-F62: +4,8\,\%⟧ \\
⟦n=E65B⟧ & 288 & ⟦c=HKV-ZU-2023-E65: +3,1\,\%⟧ \\
\bottomrule
\end{tabular}
\caption{Zuschläge gem. vertraulicher Vereinbarung mit Kostenträgern (nicht weitergeben)}
\end{table}

\section{Fallbeispiel (anonymisieren vor Freigabe!)}
% TODO ⟦_$it1|first⟧: Name raus bevor das an den Verwaltungsrat geht
Patient ⟦p$pat4⟧ (Fall ⟦p$pat4_mrn⟧) wurde nach Hinterwandinfarkt
(ICD ⟦n=I21.1⟧) ohne Entlassmanagement entlassen und nach 6 Tagen wieder aufgenommen.

\section{Datenquelle}
Auswertung aus dem DWH \texttt{⟦i=DWH\_QS\_PROD⟧} auf \texttt{⟦i=sql-dwh02.loe.halcyon.intern⟧}.
\end{document}
