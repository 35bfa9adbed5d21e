package io.councilhub.devstack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo logins of the gateway, created through its user API as the secretariat would: {@code officer} (OFFICER
 * for 市川市, one of the packet's 幹事 organisations, so it answers 市川市's votes on the dashboard) and {@code member}
 * (MEMBER of 神崎町, a municipality on the demo roll). The administrator {@code admin} is the one
 * the gateway creates on its first start (./run gives it {@code DEVSTACK_ADMIN_PASSWORD}). Users that exist are left
 * as they are. Prints the logins.
 *
 * <pre>java -cp ... io.councilhub.devstack.DemoUsers</pre>
 *
 * Base URLs: env {@code GATEWAY_URL} (default http://localhost:8080), {@code MEMBERSHIP_URL} (default
 * http://localhost:8081). Exit status 0 done, 1 a call failed.
 */
public final class DemoUsers {

    static final String OFFICER = "officer";
    static final String OFFICER_PASSWORD = "officer-demo-2022";
    static final String MEMBER = "member";
    static final String MEMBER_PASSWORD = "member-demo-2022";
    static final String MEMBER_ORGANISATION = "神崎町";
    static final String OFFICER_ORGANISATION = "市川市";

    private DemoUsers() {
    }

    public static void main(String[] args) {
        String gateway = env("GATEWAY_URL", "http://localhost:8080");
        String membership = env("MEMBERSHIP_URL", "http://localhost:8081");
        try {
            CouncilApi api = new CouncilApi(DevTokens.mint(DevTokens.keysDir(), "SECRETARIAT", null));
            String officerOrganisation = memberId(api, membership, OFFICER_ORGANISATION);
            create(api, gateway, user(OFFICER, OFFICER_ORGANISATION + " 幹事 デモ (demo officer)", OFFICER_PASSWORD,
                    "OFFICER", officerOrganisation));
            String memberId = memberId(api, membership, MEMBER_ORGANISATION);
            create(api, gateway, user(MEMBER, MEMBER_ORGANISATION + " 担当 デモ (demo member)", MEMBER_PASSWORD, "MEMBER", memberId));
            System.out.println("demo logins: " + OFFICER + " / " + OFFICER_PASSWORD + " (OFFICER for "
                    + OFFICER_ORGANISATION + ", " + officerOrganisation + "), " + MEMBER + " / " + MEMBER_PASSWORD
                    + " (MEMBER of " + MEMBER_ORGANISATION + ", " + memberId + ")");
        } catch (CouncilApi.Failure | IllegalStateException failure) {
            System.err.println("DemoUsers failed: " + failure.getMessage());
            System.exit(1);
        }
    }

    static Map<String, Object> user(String username, String displayName, String password, String role, String memberId) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("displayName", displayName);
        user.put("password", password);
        user.put("roles", List.of(role));
        if (memberId != null) {
            user.put("memberId", memberId);
        }
        return user;
    }

    private static void create(CouncilApi api, String gateway, Map<String, Object> user) {
        String users = gateway + "/api/auth/users";
        if (api.peek(users + "/" + user.get("username")).status() == 200) {
            return;
        }
        api.post(users, user);
    }

    private static String memberId(CouncilApi api, String membership, String name) {
        String search = membership + "/api/members?size=50&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        if (api.get(search).json().get("items") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> member && name.equals(member.get("name"))) {
                    return String.valueOf(member.get("id"));
                }
            }
        }
        throw new CouncilApi.Failure("demo users: no member named " + name + " on the roll (./run demo loads it)");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
