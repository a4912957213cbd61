package io.omsexception.channels;

import io.omsexception.model.InvalidFieldException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One templated text message for one phone, as Chinese SMS gateways take them: a template code
 * registered with the gateway (Aliyun {@code TemplateCode}, Tencent {@code TemplateId}), its
 * parameters by name in a fixed order (Aliyun {@code TemplateParam} as JSON; Tencent
 * {@code TemplateParamSet} takes the values in this order) and the signature name (签名).
 *
 * <p>Immutable and thread-safe.
 *
 * @param phone the phone number, digits with an optional leading {@code +}, never masked
 * @param templateCode the gateway's template, not blank
 * @param signName the signature name (签名); null when the gateway has a default
 * @param parameters the template's parameters by name, in order; never null
 * @param idempotencyKey the notification's key: a gateway with an out id ({@code OutId},
 *     {@code SessionContext}) passes it, with the phone, so a repeat can be dropped
 */
public record SmsMessage(String phone, String templateCode, String signName, Map<String, String> parameters,
        String idempotencyKey) {

    /**
     * Validates the parts and copies the parameters, keeping their order.
     *
     * @throws InvalidFieldException naming the offending part
     */
    public SmsMessage {
        Settings.text(phone, "phone");
        if (!phone.matches("\\+?[0-9]{5,20}")) {
            throw new InvalidFieldException("phone", "must be 5 to 20 digits with an optional leading +");
        }
        Settings.text(templateCode, "templateCode");
        signName = signName == null || signName.isBlank() ? null : signName;
        Settings.required(parameters, "parameters");
        Map<String, String> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(Settings.text(k, "parameters"), Settings.required(v, "parameters." + k)));
        parameters = Collections.unmodifiableMap(copy);
        Settings.text(idempotencyKey, "idempotencyKey");
    }
}
