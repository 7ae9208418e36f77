package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The host a browser opens, checked against the WHATWG URL Standard's own conformance data
 * (web-platform-tests urltestdata.json; see the resource's header for the exact source) and the cases of the issue.
 */
class BrowserUrlTest {
    static Stream<Arguments> wpt() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = BrowserUrlTest.class.getResourceAsStream("/wpt/urltestdata-http-hosts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                cases.add(Arguments.of(JsonString.decode(cols[0]), JsonString.decode(cols[1])));
            }
        }
        return cases.stream();
    }

    /**
     * The one deliberate difference: java.net.IDN (IDNA2003) would turn "faß" into "fass", another site than the
     * browser's "xn--fa-hia", so a name with ß, final sigma or a zero-width joiner is refused (an error in the
     * guide) instead of being checked under the wrong name.
     */
    private static final java.util.Map<String, String> REFUSED_ON_PURPOSE = java.util.Map.of(
            "https://fa\u00DF.ExAmPlE/", "xn--fa-hia.example");

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("wpt")
    void hostIsTheOneABrowserOpens(String input, String wptExpected) {
        String expected = REFUSED_ON_PURPOSE.containsKey(input) ? "FAILURE" : wptExpected;
        assertEquals(REFUSED_ON_PURPOSE.getOrDefault(input, wptExpected), wptExpected, "the data changed");
        BrowserUrl.Parsed parsed = BrowserUrl.parse(input);
        String actual = parsed.host().orElse("FAILURE");
        assertEquals(expected, actual, "input " + input + " (" + parsed.failure().orElse("") + ")");
    }

    static Stream<Arguments> issueCases() {
        return Stream.of(
                Arguments.of("https:evil.com", "evil.com"),
                Arguments.of("https:/evil.com", "evil.com"),
                Arguments.of("https:\\\\evil.com", "evil.com"),
                Arguments.of("HTTP:evil.com", "evil.com"),
                Arguments.of("https://evil.com\\.medlineplus.gov/x", "evil.com"),
                Arguments.of("https://medlineplus.gov@evil.com/x", "evil.com"),
                Arguments.of("https://medlineplus.gov:443@evil.com", "evil.com"),
                Arguments.of("http://0x7f.1/", "127.0.0.1"),
                Arguments.of("http://2130706433/", "127.0.0.1"),
                Arguments.of("https://MedlinePlus.GOV./a", "medlineplus.gov."),
                Arguments.of("https://medlineplus%2Egov/", "medlineplus.gov"),
                Arguments.of(" \u0001https://medlineplus.gov/ ", "medlineplus.gov"),
                Arguments.of("ht\ttps://med\nlineplus.gov", "medlineplus.gov"),
                Arguments.of("https://b\u00FCcher.example/", "xn--bcher-kva.example"),
                Arguments.of("https://", "FAILURE"),
                Arguments.of("https://exa mple.org", "FAILURE"),
                Arguments.of("https://evil.com:99999", "FAILURE"),
                Arguments.of("https://user@/medlineplus.gov", "FAILURE"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("issueCases")
    void formsThatFooledTheOldCheck(String input, String expected) {
        assertEquals(expected, BrowserUrl.parse(input).host().orElse("FAILURE"), input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherSchemes")
    void otherSchemesHaveNoHostAndNoFailure(String input, String scheme) {
        BrowserUrl.Parsed p = BrowserUrl.parse(input);
        assertEquals(scheme, p.scheme());
        assertEquals(false, p.host().isPresent() || p.failure().isPresent(), p.toString());
    }

    static Stream<Arguments> otherSchemes() {
        return Stream.of(Arguments.of("TEL:555-1234", "tel"));
    }

    @Test
    void aMailLinksHostIsItsMailDomain() {
        assertEquals(Optional.of("b.org"), BrowserUrl.parse("mailto:a@B.org?subject=hi").host());
        assertTrue(BrowserUrl.parse("mailto:x@m\u0435ds.com").host().orElseThrow().startsWith("xn--"));
        assertTrue(BrowserUrl.parse("mailto:a@b.org,c@shop.com").failure().isPresent());
        assertTrue(BrowserUrl.parse("mailto:a@b.org?bcc=c@shop.com").failure().isPresent());
        assertTrue(BrowserUrl.parse("mailto:nobody").failure().isPresent());
    }

    /** Decodes one JSON string literal (the test data's columns). */
    static final class JsonString {
        static String decode(String json) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < json.length() - 1; i++) {
                char c = json.charAt(i);
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = json.charAt(++i);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
            return b.toString();
        }
    }
}
