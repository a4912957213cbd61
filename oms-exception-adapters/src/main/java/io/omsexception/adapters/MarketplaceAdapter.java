package io.omsexception.adapters;

import java.util.List;

/**
 * Turns one marketplace's order payload into {@link io.omsexception.model.Order}s: the service a
 * platform adapter provides, found through {@link java.util.ServiceLoader} (a provider is listed
 * in {@code META-INF/services/io.omsexception.adapters.MarketplaceAdapter} of its jar) and used by
 * {@link Marketplaces}. The six standard adapters are {@code taobao}, {@code pdd}, {@code douyin},
 * {@code jd}, {@code shopify} and {@code woocommerce}; a host adds its own platform by
 * implementing this interface (see {@code docs/adapters.md}).
 *
 * <p>Contract of an implementation:
 * <ul>
 *   <li>it maps only what the payload says: a value the payload does not carry stays absent
 *       (null), so that the rules needing it do not apply;</li>
 *   <li>a masked or encrypted value (a receiver's name, phone or address) is kept masked, never
 *       invented; an encrypted one is given in a masked form ({@code ***});</li>
 *   <li>an unknown status value, or a value of the wrong type, is an error naming its JSON path in
 *       the payload ({@code $.trade.orders.order[1].num: must be a whole number but was 'two'}),
 *       never a guess;</li>
 *   <li>it has a public no-argument constructor (for the service loader), and is stateless and
 *       thread-safe.</li>
 * </ul>
 */
public interface MarketplaceAdapter {

    /**
     * @return the platform's name as {@code --format} and {@link Marketplaces#adapter(String)}
     *     take it: lower case ASCII letters and digits, for example {@code taobao}; never null
     */
    String platform();

    /**
     * Reads one payload: the platform's single-order response, the bare order object inside it,
     * or a list response (whose orders are read as several payloads).
     *
     * @param payload the payload as JSON text, never null
     * @return one entry per order of the payload, in payload order, each the order or the error
     *     that names the offending JSON path; never null and never empty (a payload that is not
     *     the platform's shape is one entry with its error at {@code $}); every entry's
     *     {@link AdaptedOrder#payload()} is 0
     * @throws IllegalArgumentException when {@code payload} is null
     */
    List<AdaptedOrder> read(String payload);
}
