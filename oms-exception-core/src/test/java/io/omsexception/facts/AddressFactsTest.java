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

/** What {@link AddressFacts} derives from the shipping address, the address blacklist and the fact inputs. */
class AddressFactsTest {

    static AddressFacts address(ShippingAddress a) {
        return facts(Order.builder("SO-1", AS_OF).shippingAddress(a).build()).getAddress();
    }

    static ShippingAddress at(String country, String province, String city, String detail, String postalCode) {
        return new ShippingAddress("张三", "13800138000", country, province, city, null, detail, postalCode);
    }

    @Test
    void an_order_without_an_address_has_a_view_that_is_not_given_blank_and_in_china() {
        // GIVEN an order without a shipping address
        // WHEN its facts are derived
        AddressFacts a = facts(Order.builder("SO-1", AS_OF).build()).getAddress();
        // THEN the view is there, not given, every field null and blank, the country the default
        assertThat(a).isNotNull();
        assertThat(a.isGiven()).isFalse();
        assertThat(a.getCountry()).isEqualTo("CN");
        assertThat(a.isChina()).isTrue();
        assertThat(a.getRecipient()).isNull();
        assertThat(a.getProvince()).isNull();
        assertThat(a.getDetail()).isNull();
        assertThat(a.getPostalCode()).isNull();
        assertThat(a.isProvinceBlank()).isTrue();
        assertThat(a.isCityBlank()).isTrue();
        assertThat(a.isDetailBlank()).isTrue();
        assertThat(a.isPostalCodeBlank()).isTrue();
        assertThat(a.isDetailHasHouseNumber()).isFalse();
        assertThat(a.isRemote()).isFalse();
        assertThat(a.getRemoteRegion()).isNull();
        assertThat(a.isDetailRepeated()).isFalse();
        assertThat(a.isDetailBlocklisted()).isFalse();
    }

    @Test
    void the_country_is_trimmed_and_upper_cased_and_china_is_cn_or_chn() {
        // GIVEN addresses with a lower-case country, a three-letter one, a blank one and a foreign one
        // WHEN / THEN
        assertThat(address(at(" cn ", "浙江省", "杭州市", "文三路 1 号", null)).getCountry()).isEqualTo("CN");
        assertThat(address(at("chn", "浙江省", "杭州市", "文三路 1 号", null)).isChina()).isTrue();
        assertThat(address(at("  ", "浙江省", "杭州市", "文三路 1 号", null)).getCountry()).isEqualTo("CN");
        AddressFacts us = address(at("us", "CA", "San Jose", "1 Main St", null));
        assertThat(us.getCountry()).isEqualTo("US");
        assertThat(us.isChina()).isFalse();
        assertThat(us.isGiven()).isTrue();
    }

    @Test
    void a_field_of_blanks_counts_as_blank_and_a_digit_as_a_house_number() {
        // GIVEN an address whose city and postal code are spaces and whose detail line has no digit
        AddressFacts a = address(at("CN", "浙江省", "  ", "文三路", " "));
        // WHEN / THEN the blank flags hold, the fields stay as given
        assertThat(a.isProvinceBlank()).isFalse();
        assertThat(a.isCityBlank()).isTrue();
        assertThat(a.getCity()).isEqualTo("  ");
        assertThat(a.isPostalCodeBlank()).isTrue();
        assertThat(a.isDetailBlank()).isFalse();
        assertThat(a.isDetailHasHouseNumber()).isFalse();
        assertThat(address(at("CN", "浙江省", "杭州市", "文三路 90 号", "310000")).isDetailHasHouseNumber()).isTrue();
    }

    @Test
    void the_remote_region_is_the_first_the_trimmed_province_starts_with() {
        // GIVEN provinces in and out of the remote regions 新疆 and 西藏
        // WHEN / THEN
        AddressFacts tibet = address(at("CN", " 西藏自治区", "拉萨市", "北京中路 1 号", null));
        assertThat(tibet.getRemoteRegion()).isEqualTo("西藏");
        assertThat(tibet.isRemote()).isTrue();
        assertThat(tibet.getProvince()).isEqualTo(" 西藏自治区");
        assertThat(address(at("CN", "浙江省新疆路", "杭州市", "1 号", null)).isRemote()).isFalse();
        assertThat(address(at("CN", " ", "拉萨市", "1 号", null)).getRemoteRegion()).isNull();
    }

    @Test
    void a_detail_line_is_repeated_from_the_fed_minimum_and_blocklisted_when_it_equals_an_entry_trimmed() {
        // GIVEN an address blacklist holding one detail line with spaces around it
        ReferenceData reference = ReferenceData.of(null, Blacklist.of(null, null, List.of("  人民路 8 号 ")));
        // WHEN the facts of addresses with that line, a line of four and of three equal characters are derived
        AddressFacts listed = new OrderFacts(Order.builder("SO-1", AS_OF)
                .shippingAddress(at("CN", "浙江省", "杭州市", "人民路 8 号  ", null)).build(), reference, AS_OF, DEFAULTS)
                .getAddress();
        AddressFacts other = new OrderFacts(Order.builder("SO-2", AS_OF)
                .shippingAddress(at("CN", "浙江省", "杭州市", "人民路 9 号", null)).build(), reference, AS_OF, DEFAULTS)
                .getAddress();
        // THEN
        assertThat(listed.isDetailBlocklisted()).isTrue();
        assertThat(other.isDetailBlocklisted()).isFalse();
        assertThat(address(at("CN", "浙江省", "杭州市", " 哈哈哈哈 ", null)).isDetailRepeated()).isTrue();
        assertThat(address(at("CN", "浙江省", "杭州市", "哈哈哈", null)).isDetailRepeated()).isFalse();
    }
}
