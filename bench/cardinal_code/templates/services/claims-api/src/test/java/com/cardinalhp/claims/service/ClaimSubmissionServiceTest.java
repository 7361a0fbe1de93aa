package com.cardinalhp.claims.service;

import com.cardinalhp.claims.model.Claim;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ClaimSubmissionServiceTest {

    private static final String TEST_HMAC = "«n|0000000000000000000000000000000000000000000000000000000000000000»";

    @Test
    void pendsHighFwaScore() {
        Claim c = Claim.builder()
            .pcn("PCN-TEST-0001")
            .memberId("«n|XJH000000001»")
            .patientName("Jane Doe")
            .dob("1900-01-01")
            .ssn("«n|123-45-6789»")
            .build();
        assertThat(service().submit(c).getStatus()).isEqualTo("PEND");
    }

    @Test
    void regressionInc21377() {
        // copied from prod ticket, member asked us to fix ASAP
        Claim c = Claim.builder()
            .pcn("PCN-INC-21377")
            .memberId("«p|XJH902214470»")
            .patientName("«p|Chidinma Okafor-Bell»")
            .dob("«p|1992-02-18»")
            .ssn("«p@ssn:elig_okafor»")
            .build();
        assertThat(service().submit(c).getStatus()).isEqualTo("SENT");
    }

    private ClaimSubmissionService service() {
        return new ClaimSubmissionService(new FakeGateway(), TEST_HMAC);
    }
}
