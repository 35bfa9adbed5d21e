package io.councilhub.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loops accept exactly what Spring Security's expressions accept, character by character. */
class HeaderCharactersTest {

    /** StrictHttpFirewall's own expressions (Spring Security 7.0). */
    static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsSpringSecuritysExpressionsJudgeIt() {
        List<String> disagreements = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .mapToObj(Character::toString)
                .filter(text -> HeaderCharacters.isName(text) != NAME.matcher(text).matches()
                        || HeaderCharacters.isHeaderValue(text) != HEADER_VALUE.matcher(text).matches())
                .map(text -> "U+%04X".formatted(text.codePointAt(0)))
                .toList();

        assertThat(disagreements).isEmpty();
    }

    @Test
    void wholeNamesAndValuesAreJudgedAsTheExpressionsJudgeThem() {
        for (String text : List.of("", "Authorization", "X-Request-Note", "市川市 役所", "a\tb", "a\nb", "a\u0000",
                "emoji \uD83D\uDE00", "lone \uD800 surrogate", "tail \uDC00", "\u0378 unassigned", "del \u007F",
                "nbsp\u00A0", "c1 \u0085")) {
            assertThat(HeaderCharacters.isName(text)).as(text).isEqualTo(NAME.matcher(text).matches());
            assertThat(HeaderCharacters.isHeaderValue(text)).as(text).isEqualTo(HEADER_VALUE.matcher(text).matches());
        }
    }

    @Test
    void theFirewallRefusesAControlCharacterInAHeaderAndPassesAnOrdinaryOne() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/members");
        request.addHeader("X-Note", "市川市\tkept");
        request.addHeader("X-Bad", "line\u0007bell");

        var firewalled = HeaderCharacters.firewall().getFirewalledRequest(request);

        assertThat(firewalled.getHeader("X-Note")).isEqualTo("市川市\tkept");
        assertThatThrownBy(() -> firewalled.getHeader("X-Bad")).isInstanceOf(RequestRejectedException.class);
    }
}
