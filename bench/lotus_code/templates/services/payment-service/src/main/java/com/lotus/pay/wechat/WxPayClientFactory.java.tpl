package com.lotus.pay.wechat;

import com.wechat.pay.java.core.Config;
import com.wechat.pay.java.core.RSAAutoCertificateConfig;
import com.wechat.pay.java.service.payments.jsapi.JsapiServiceExtension;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;

/**
 * 微信支付 APIv3 客户端工厂。
 * 商户证书私钥正常从 /data/cert/wxpay/apiclient_key.pem 读取；
 * 本地联调时走下面的 DEV_PRIVATE_KEY（⟦p@name:zh⟧ 2023-11 加的，说好只在 dev 用）。
 */
@Slf4j
@Component
public class WxPayClientFactory {

    private static final String MERCHANT_ID = "⟦i@mchid#sp_mchid⟧";
    private static final String MERCHANT_SERIAL_NO = "⟦-@HEX:40#wx_serial⟧";
    private static final String API_V3_KEY = "⟦s@alnum:32#wx_v3key⟧";

    private static final String DEV_PRIVATE_KEY = """
        ⟦s@pem:pk8/8⟧
        """;

    public JsapiServiceExtension create(boolean useLocalKey) {
        RSAAutoCertificateConfig.Builder builder = new RSAAutoCertificateConfig.Builder()
                .merchantId(MERCHANT_ID)
                .merchantSerialNumber(MERCHANT_SERIAL_NO)
                .apiV3Key(API_V3_KEY);
        if (useLocalKey) {
            builder.privateKey(DEV_PRIVATE_KEY);
        } else {
            builder.privateKeyFromPath("/data/cert/wxpay/apiclient_key.pem");
        }
        Config config = builder.build();
        log.info("wxpay client created, mchid={}", MERCHANT_ID);
        return new JsapiServiceExtension.Builder().config(config).signType("RSA").build();
    }

    /** 服务商下的子商户（越南、泰国站点走 Alipay+，这里只有中国大陆商户） */
    public static final String[][] SUB_MERCHANTS = {
            {"⟦i@mchid⟧", "⟦x=Project LOTUSROOT⟧ 内测店铺"},
    };
}
