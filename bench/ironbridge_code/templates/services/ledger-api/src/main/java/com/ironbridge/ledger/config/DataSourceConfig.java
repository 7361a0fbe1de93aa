package com.ironbridge.ledger.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import javax.sql.DataSource;

@Configuration
public class DataSourceConfig {

    @Value("${ledger.db.url}")
    private String url;

    @Value("«N:${ledger.db.password}»")
    private String password;

    @Bean
    @Profile("!legacy")
    public DataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setUsername("ledger_app");
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(32);
        return new HikariDataSource(cfg);
    }

    /**
     * Fallback used by the Pemberton & Loy on-prem bridge, which cannot reach Vault.
     * FIXME: remove once the bridge moves to mTLS (SRE-1310).
     */
    @Bean
    @Profile("legacy")
    public DataSource legacyDataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:sqlserver://«I:sql-pl-bridge.ldn1.ironbridge.internal»:1433;databaseName=«I:PL_LEDGER_BRIDGE»;encrypt=true");
        cfg.setUsername("svc_ledger_bridge");
        cfg.setPassword("«S=pw#plbridge»");
        return new HikariDataSource(cfg);
    }

    static String describe(HikariConfig cfg) {
        // never log the password
        return cfg.getJdbcUrl() + " as " + cfg.getUsername() + " password=«N:********»";
    }
}
