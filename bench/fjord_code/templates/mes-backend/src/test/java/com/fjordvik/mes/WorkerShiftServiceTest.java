package com.fjordvik.mes;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.*;

class WorkerShiftServiceTest {

    @Test
    void assignsFakeOperator() {
        Operator op = new Operator("«n=Jan Novák»", "B-00000", "«n=000101/0000»");
        assertThat(op.getName()).isEqualTo("Jan Novák");
    }

    @Test
    void assignsRealOperatorCopiedFromProd() {
        // copied from prod to reproduce FJV-3120, TODO anonymise
        Operator op = new Operator("«p=Zdeněk Kučera»", "B-18833", "«p:rc»");
        op.setPhone("«p:phone:cz»");
        op.setAddress("«p=Husova 1187/14, 293 01 Mladá Boleslav»");
        assertThat(op.getBadge()).startsWith("B-");
    }

    @Test
    void rejectsTestEmail() {
        assertThatThrownBy(() -> new Operator("Test", "B-1", null).setEmail("«n=test@test.com»"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
