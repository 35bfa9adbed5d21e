package io.councilhub.devstack;

/**
 * Prints a bearer token for curl, valid 12 hours: {@code iss=urn:councilhub:gateway}, {@code aud=councilhub},
 * {@code sub=devstack-admin}, {@code roles=[ROLE]}, header {@code kid=devstack}.
 *
 * <pre>java -cp ... io.councilhub.devstack.TokenMint [SECRETARIAT|OFFICER|MEMBER] [memberId]</pre>
 */
public final class TokenMint {

    private TokenMint() {
    }

    public static void main(String[] args) {
        String role = args.length > 0 ? args[0] : "SECRETARIAT";
        String memberId = args.length > 1 ? args[1] : null;
        try {
            System.out.println(DevTokens.mint(DevTokens.keysDir(), role, memberId));
        } catch (IllegalArgumentException | IllegalStateException failure) {
            System.err.println("TokenMint: " + failure.getMessage());
            System.exit(1);
        }
    }
}
