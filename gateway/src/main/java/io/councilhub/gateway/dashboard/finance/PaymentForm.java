package io.councilhub.gateway.dashboard.finance;

import java.util.LinkedHashMap;
import java.util.Map;

/** 入金: a payment on a dues invoice as typed; finance-service checks it and names the field it refuses. */
record PaymentForm(String paidOn, String amountYen, String method, String note) {

    static final java.util.List<String> METHODS = java.util.List.of("BANK_TRANSFER", "CASH", "OTHER");

    static PaymentForm empty() {
        return new PaymentForm(null, null, "BANK_TRANSFER", null);
    }

    /**
     * The request body. The amount goes as typed when it is not a whole number (without separators), so
     * the service's refusal names {@code amountYen} the same way it does for an API client.
     */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paidOn", blank(paidOn) ? null : paidOn.strip());
        String amount = blank(amountYen) ? null : amountYen.strip().replace(",", "").replace("円", "");
        body.put("amountYen", amount == null ? null : amount.matches("-?\\d{1,15}") ? (Object) Long.parseLong(amount) : amount);
        body.put("method", blank(method) ? null : method);
        body.put("note", blank(note) ? null : note.strip());
        return body;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
