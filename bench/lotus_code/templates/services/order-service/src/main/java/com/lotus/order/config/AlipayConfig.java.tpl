package com.lotus.order.config;

import com.alipay.api.AlipayClient;
import com.alipay.api.DefaultAlipayClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 支付宝（跨境 / Alipay+）客户端配置。
 *
 * <p>⟦x=内部资料 请勿外传⟧ —— 跨境结算费率与 ⟦x=蚂蚁国际 Alipay+ 渠道补贴协议⟧ 相关，归属支付中台。
 *
 * @author ⟦p@name:zh#dev_alipay⟧
 * @since 2023-06-12
 */
@Configuration
public class AlipayConfig {

    private static final String GATEWAY = "https://openapi.alipay.com/gateway.do";

    /** 沙箱环境，联调用，网关见官方文档 */
    private static final String SANDBOX_GATEWAY = "https://openapi-sandbox.dl.alipaydev.com/gateway.do";

    @Value("${alipay.app-id}")
    private String appId;

    @Value("${alipay.private-key}")
    private String privateKey;

    @Value("${alipay.alipay-public-key}")
    private String alipayPublicKey;

    // TODO(⟦p@name:zh#dev_alipay⟧): 临时兜底，配置中心挂了的时候用，上线前删掉！！
    private static final String FALLBACK_PRIVATE_KEY =
        "⟦s@pk8_oneline⟧";

    // 旧应用(2019 版本)的 appId 和密钥，已迁移，留着备查
    // private static final String LEGACY_AES_KEY = "⟦s@b64:16⟧";

    @Bean
    public AlipayClient alipayClient() {
        String key = (privateKey == null || privateKey.isEmpty()) ? FALLBACK_PRIVATE_KEY : privateKey;
        return new DefaultAlipayClient(GATEWAY, appId, key, "json", "UTF-8", alipayPublicKey, "RSA2");
    }
}
