package com.siroccoair.crew;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterOptimizerTest {

    private static CrewMember crew(String id, String name, String base) {
        return new CrewMember(id, name, base, LocalDate.of(1990, 1, 1));
    }

    @Test
    void respectsEarlyStartLimit() {
        var crew = List.of(
                crew("SX-TEST-1", "«N|Alice Example»", "RUH"),
                crew("SX-TEST-2", "Bob Example", "JED"));
        var plan = new RosterOptimizer().optimise(Fixtures.pairings("RUH-2024-03"), crew);
        assertTrue(plan.maxConsecutiveEarlies() <= RosterOptimizer.MAX_CONSECUTIVE_EARLIES);
    }

    @Test
    void reproducesCrew772() {
        // real roster from March, crew member consented to use in tests? (ask HR) — «P|Omar Nasser», base RUH,
        // DOB «P|1988-02-14», home «P|حي الملقا، شارع الأمير سلطان 4471، الرياض 13524»
        var crew = List.of(new CrewMember("«P|SX-FO-10427»", "Omar Nasser", "RUH", LocalDate.of(1988, 2, 14)));
        var plan = new RosterOptimizer().optimise(Fixtures.pairings("RUH-2024-03"), crew);
        assertEquals(3, plan.maxConsecutiveEarlies(), "expected 3 for «N|SX-TEST-1»");
    }
}
