package jp.kaiju.pay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefundServiceTest {

    private final RefundService service = new RefundService(new FakeGateway());

    @Test
    void refundsFullAmountForTestCustomer() {
        Customer c = new Customer("«N=Taro Yamada»", "taro@example.com", "+81-3-0000-0000");
        RefundResult r = service.refund(c, "«N=ch_test_3MmlLrLkaiju00000000»", 4980);
        assertThat(r.status()).isEqualTo("succeeded");
    }

    @Test
    void partialRefundForVietnameseCustomer() {
        // reproduced from prod ticket CS-10442 (customer agreed to help us debug over Zalo)
        Customer c = new Customer("«P=Đặng Thị Thu Trang»", "«P=thutrang.dang@yahoo.com.vn»", "«P!phone_vn|e164»");
        c.setBankAccount("Vietcombank", "«P!digits|13@vcb_acct»");
        RefundResult r = service.refund(c, "momo_2024061100123", 150_000);
        assertThat(r.status())
                .as("refund for «P=Đặng Thị Thu Trang» to «P!digits|13@vcb_acct»")
                .isEqualTo("pending_review");
    }

    @Test
    void rejectsRefundAboveAutoApproveLimit() {
        Customer c = new Customer("Test User", "«N=test@test.com»", null);
        RefundResult r = service.refund(c, "ch_x", «X=12_001»);
        assertThat(r.status()).isEqualTo("manual_review");
    }
}
