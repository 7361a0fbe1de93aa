package nz.kaurimutual.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nz.kaurimutual.claims.model.Claim;
import nz.kaurimutual.claims.model.FnolRequest;

class ClaimIntakeTest {

    @Test
    void lodgesSimpleMotorClaim() {
        FnolRequest req = new FnolRequest(
                "KM-M-00000042",
                "«N|John Doe»",
                LocalDate.of(1980, 1, 1),
                "«N|john.doe@example.com»",
                "«N|021 000 0000»");
        Claim c = Claim.from(req);
        assertThat(c.getStatus()).isEqualTo("LODGED");
    }

    @Test
    void reproducesProdIssue2291() {
        // Copied from prod ticket CLM-2291 so we can reproduce - TODO anonymise
        FnolRequest req = new FnolRequest(
                "«P|KM-M-00733164»",
                "«P|Ngaio Rāwiri-Thompson»",
                LocalDate.of(«P|1979, 8, 23»),
                "«P|ngaio.rawiri.t@xtra.co.nz»",
                "«P|~nzmob:ngaio»");
        req.setVehiclePlate("«P|~plate:ngaio»");
        req.setDriverLicence("«P|~nzdl:ngaio»");
        req.setLossAddress("«P|22 Huia Road, Titirangi, Auckland 0604»");
        Claim c = Claim.from(req);
        assertThat(c.getRegion()).isEqualTo("AKL");
    }

    @Test
    void rejectsInvalidIrd() {
        assertThat(Claim.isValidIrd("«N|123-456-789»")).isFalse();
        assertThat(Claim.isValidIrd("«P|~ird:rawiri»")).isTrue();
    }

    @Test
    void masksCardInLogs() {
        assertThat(Claim.mask("«N|4111111111111111»")).isEqualTo("«N|************1111»");
    }
}
