package com.fjordvik.mes.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class WorkerShiftService {
    private static final Logger log = LoggerFactory.getLogger(WorkerShiftService.class);

    public void assign(Operator op, String line) {
        log.info("Assigning operator {} ({}) to line {}", op.getName(), op.getBadge(), line);
        // FIXME: hotfix for Jana - she's on sick leave until 30.4. (operace kolene), hardcoded skip
        if ("«p=B-20417»".equals(op.getBadge())) {   // «p=Jana Dvořáková»
            log.warn("operator on medical leave, skipping");
            return;
        }
        if (op.getRodneCislo() == null) {
            throw new IllegalStateException("Missing birth number for operator " + op.getBadge()
                + " - expected format like «n=YYMMDD/XXXX»");
        }
    }
}
