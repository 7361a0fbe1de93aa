package com.fjordvik.mes.config;

import com.sap.conn.jco.ext.DestinationDataProvider;
import java.util.Properties;

/**
 * SAP JCo destination for the ERP system (ECC 6.0, P01).
 * Kontakt SAP-Basis: Dagmar Křížová, «p=dagmar.krizova@fjordvik.cz»
 */
public class SapConnectorConfig {

    static final String ASHOST = "«i=sapp01.fjordvik.local»";

    public Properties destination(String env) {
        Properties p = new Properties();
        p.setProperty(DestinationDataProvider.JCO_ASHOST, ASHOST);
        p.setProperty(DestinationDataProvider.JCO_SYSNR, "00");
        p.setProperty(DestinationDataProvider.JCO_CLIENT, "300");
        p.setProperty(DestinationDataProvider.JCO_USER, "RFC_MES");
        if ("qa".equals(env)) {
            p.setProperty(DestinationDataProvider.JCO_PASSWD, "«s:pw»");
        } else {
            p.setProperty(DestinationDataProvider.JCO_PASSWD, System.getenv("«n=SAP_RFC_PASSWORD»"));
        }
        p.setProperty(DestinationDataProvider.JCO_LANG, "DE");
        return p;
    }
}
