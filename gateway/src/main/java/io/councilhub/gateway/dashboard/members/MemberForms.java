package io.councilhub.gateway.dashboard.members;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the member forms post, as typed; the service checks it and names the field it refuses. */
final class MemberForms {

    private MemberForms() {
    }

    /** 入会: admits a member. */
    record Admission(String name, String nameKana, String category, String admittedOn, String localGovernmentCode,
                     String address) {

        static Admission empty() {
            return new Admission(null, null, null, null, null, null);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", blankToNull(name));
            body.put("nameKana", blankToNull(nameKana));
            body.put("category", blankToNull(category));
            body.put("admittedOn", blankToNull(admittedOn));
            body.put("localGovernmentCode", blankToNull(localGovernmentCode));
            body.put("address", blankToNull(address));
            return body;
        }
    }

    /** 退会: withdraws a member on a date, with the reason. */
    record Withdrawal(String withdrawnOn, String reason) {

        static Withdrawal empty() {
            return new Withdrawal(null, null);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("withdrawnOn", blankToNull(withdrawnOn));
            body.put("reason", blankToNull(reason));
            return body;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
