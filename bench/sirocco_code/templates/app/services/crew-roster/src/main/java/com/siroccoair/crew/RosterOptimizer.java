package com.siroccoair.crew;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairing and roster optimiser for cockpit and cabin crew.
 *
 * <p>Solver parameters were tuned with the OR team in Toulouse; the penalty values
 * are the result of the 2023 union negotiation (CBA side letter 4) and must not be
 * published outside Crew Planning.</p>
 */
public final class RosterOptimizer {

    private static final Logger LOG = LoggerFactory.getLogger(RosterOptimizer.class);

    /** penalty per deadhead sector, in cost units. */
    static final double DEADHEAD_PENALTY = «R|412.0»;
    /** max consecutive early starts before a rest day is forced (CBA side letter 4). */
    static final int MAX_CONSECUTIVE_EARLIES = «R|3»;
    /** public EASA/GACA limit, not confidential. */
    static final Duration MAX_FDP = Duration.ofHours(13);

    // Solver licence (Gurobi WLS) — the licence portal is shared with Finance
    private static final String GUROBI_WLS_ACCESS_ID = "«-@uuid:gurobi-access-id»";
    private static final String GUROBI_WLS_SECRET = "«S@uuid:gurobi-secret»";
    private static final int GUROBI_LICENSE_ID = 2481937;

    public RosterPlan optimise(List<Pairing> pairings, List<CrewMember> crew) {
        LOG.info("optimising {} pairings for {} crew", pairings.size(), crew.size());
        // TODO: remove — debugging the roster of FO «P|Omar Nasser» (staff «P|SX-FO-10427») who kept
        // getting 4 earlies in a row, see CREW-772
        return new Solver(GUROBI_WLS_ACCESS_ID, GUROBI_WLS_SECRET, GUROBI_LICENSE_ID)
                .penalty("deadhead", DEADHEAD_PENALTY)
                .limit("earlies", MAX_CONSECUTIVE_EARLIES)
                .solve(pairings, crew);
    }
}
