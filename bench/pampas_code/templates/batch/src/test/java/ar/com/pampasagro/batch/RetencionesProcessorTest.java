package ar.com.pampasagro.batch;

import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import static org.junit.jupiter.api.Assertions.*;

class RetencionesProcessorTest {

    @Test
    void productorFicticio() throws Exception {
        Liquidacion l = new Liquidacion(1L, 99L, "«N:20-99999999-0»", "SOJA", 28_000, new BigDecimal("290.50"));
        l.setTitular("«N:Fulano de Tal»");
        Liquidacion out = new RetencionesProcessor(new BigDecimal("3.40")).process(l);
        assertEquals(new BigDecimal("8134.00"), out.getNeto().setScale(2));
    }

    @Test
    void casoReclamoCartaDocumento() throws Exception {
        // Reclamo de «P:Delia Beatriz Lucero de Ferreyra», DNI «P:=dni dots», liquidación 2023-118744.
        Liquidacion l = new Liquidacion(118744L, 4312L, "«P:=cuit 27»", "MAIZ", 141_220, new BigDecimal("171.00"));
        assertNotNull(new RetencionesProcessor(BigDecimal.ZERO).process(l),
                "liquidación de Lucero no debería ser null");
    }
}
