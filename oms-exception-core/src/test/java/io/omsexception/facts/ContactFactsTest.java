package io.omsexception.facts;

import static io.omsexception.facts.EvidenceDerivationsTest.AS_OF;
import static io.omsexception.facts.EvidenceDerivationsTest.DEFAULTS;
import static io.omsexception.facts.EvidenceDerivationsTest.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.Blacklist;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.ShippingAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link ContactFacts} derives from the recipient's phone, the destination and the phone blacklist. */
class ContactFactsTest {

    static ContactFacts contact(String country, String phone, ReferenceData reference) {
        Order order = Order.builder("SO-1", AS_OF)
                .shippingAddress(new ShippingAddress("张三", phone, country, "浙江省", "杭州市", null, "文三路 1 号", null))
                .build();
        return new OrderFacts(order, reference, AS_OF, DEFAULTS).getContact();
    }

    @Test
    void an_order_without_an_address_has_a_blank_phone_neither_valid_nor_blacklisted() {
        // GIVEN an order without a shipping address
        // WHEN its facts are derived
        ContactFacts c = facts(Order.builder("SO-1", AS_OF).build()).getContact();
        // THEN the view is there and says the phone is blank
        assertThat(c).isNotNull();
        assertThat(c.getPhone()).isNull();
        assertThat(c.isPhoneBlank()).isTrue();
        assertThat(c.getPhoneNormalised()).isNull();
        assertThat(c.isPhoneValid()).isFalse();
        assertThat(c.isPhoneBlacklisted()).isFalse();
    }

    @Test
    void a_phone_is_normalised_to_its_digits_without_the_china_prefix_and_validated_for_the_destination() {
        // GIVEN a mainland mobile number with a prefix and separators, a landline, a short number and a foreign one
        ContactFacts mobile = contact("CN", "+86 138-0013-8000", ReferenceData.NONE);
        // WHEN / THEN
        assertThat(mobile.getPhone()).isEqualTo("+86 138-0013-8000");
        assertThat(mobile.getPhoneNormalised()).isEqualTo("13800138000");
        assertThat(mobile.isPhoneBlank()).isFalse();
        assertThat(mobile.isPhoneValid()).isTrue();
        assertThat(contact("CN", "(0571) 8888 6666", ReferenceData.NONE).isPhoneValid()).isTrue();
        assertThat(contact("CN", "12345", ReferenceData.NONE).isPhoneValid()).isFalse();
        assertThat(contact("CN", "+1 408 555 0100", ReferenceData.NONE).isPhoneValid()).isFalse();
        assertThat(contact("US", "+1 408 555 0100", ReferenceData.NONE).isPhoneValid()).isTrue();
        assertThat(contact("CN", "   ", ReferenceData.NONE).isPhoneBlank()).isTrue();
        assertThat(contact("CN", "n/a", ReferenceData.NONE).getPhoneNormalised()).isEmpty();
    }

    @Test
    void a_phone_is_blacklisted_when_it_normalises_like_an_entry() {
        // GIVEN a phone blacklist holding one number written with its prefix
        ReferenceData reference = ReferenceData.of(null, Blacklist.of(null, List.of("0086 13800138000"), null));
        // WHEN / THEN the same number written otherwise is listed, another is not
        assertThat(contact("CN", "138 0013 8000", reference).isPhoneBlacklisted()).isTrue();
        assertThat(contact("CN", "13900139000", reference).isPhoneBlacklisted()).isFalse();
        assertThat(contact("CN", null, reference).isPhoneBlacklisted()).isFalse();
    }
}
