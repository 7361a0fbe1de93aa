package ar.com.pampasagro.batch;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.math.BigDecimal;

/**
 * Cierre diario de liquidaciones de granos (LPG / F1116B) y envío al ERP.
 * Autor: «P:Nicolás Ezequiel Sartori» — dudas por Slack, no por mail.
 */
@Configuration
public class LiquidacionJobConfig {

    /** Diferencial que pagamos sobre pizarra Rosario a los productores "Oro". Confidencial. */
    static final BigDecimal PREMIO_PRODUCTOR_ORO_USD_TN = new BigDecimal("«C:3.40»");
    /** Tope de anticipo financiero sobre mercadería entregada. */
    static final BigDecimal TOPE_ANTICIPO = new BigDecimal("«C:0.72»");
    static final String QUEUE = "«I:liq.cierre.prod»";
    static final int CHUNK = 500;

    @Bean
    public JdbcCursorItemReader<Liquidacion> reader(DataSource ds) {
        return new JdbcCursorItemReaderBuilder<Liquidacion>()
                .name("liqReader")
                .dataSource(ds)
                .sql("SELECT id, productor_id, cuit, grano, kg_netos, precio_tn FROM liquidaciones WHERE estado = 'PENDIENTE'")
                .rowMapper(new LiquidacionRowMapper())
                .build();
    }

    @Bean
    public Step cierreStep(JobRepository repo, PlatformTransactionManager tx, DataSource ds, ErpWriter writer) {
        return new StepBuilder("cierre", repo)
                .<Liquidacion, Liquidacion>chunk(CHUNK, tx)
                .reader(reader(ds))
                .processor(new RetencionesProcessor(PREMIO_PRODUCTOR_ORO_USD_TN))
                .writer(writer)
                .build();
    }

    @Bean
    public Job cierreLiquidaciones(JobRepository repo, Step cierreStep) {
        return new JobBuilder("cierreLiquidaciones", repo).start(cierreStep).build();
    }
}
