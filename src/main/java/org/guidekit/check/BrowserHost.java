package org.guidekit.check;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The WHATWG URL Standard's host parser for http(s) ("special") hosts: percent-decoding, IDNA to ASCII, forbidden
 * code points, IPv4 in every form a browser accepts ({@code 0x7f.1}, {@code 2130706433}) and IPv6 in brackets.
 * The result is the host as a browser serialises it; empty means the browser would refuse the address.
 */
final class BrowserHost {
    /** Forbidden domain code points besides C0 controls, space and DEL. */
    private static final String FORBIDDEN = "#%/:<>?@[\\]^|";

    private BrowserHost() {
    }

    static Optional<String> parse(String input) {
        if (input.startsWith("[")) {
            return input.endsWith("]") ? Ipv6.parse(input.substring(1, input.length() - 1)).map(a -> "[" + a + "]")
                    : Optional.empty();
        }
        Optional<String> ascii = toAscii(percentDecode(input));
        if (ascii.isEmpty() || ascii.get().isEmpty()) {
            return Optional.empty();
        }
        String domain = ascii.get();
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (c <= ' ' || c == 0x7F || FORBIDDEN.indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        return endsInANumber(domain) ? ipv4(domain) : Optional.of(domain);
    }

    /** Percent-decodes the UTF-8 bytes of {@code s} and decodes them as UTF-8 (bad sequences become U+FFFD). */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            int hi = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
            int lo = i + 2 < in.length ? Character.digit(in[i + 2], 16) : -1;
            if (in[i] == '%' && hi >= 0 && lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Domain to ASCII, label by label: ASCII labels are lower-cased, others go through IDNA (java.net.IDN). */
    private static Optional<String> toAscii(String domain) {
        // IDNA maps these full stops to "." before splitting into labels.
        String d = domain.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        StringBuilder out = new StringBuilder(d.length());
        int start = 0;
        while (start <= d.length()) {
            int dot = d.indexOf('.', start);
            int end = dot < 0 ? d.length() : dot;
            Optional<String> label = label(d.substring(start, end));
            if (label.isEmpty()) {
                return Optional.empty();
            }
            out.append(label.get());
            if (dot < 0) {
                break;
            }
            out.append('.');
            start = dot + 1;
        }
        return Optional.of(out.toString());
    }

    private static Optional<String> label(String label) {
        if (hasDeviation(label)) {
            return Optional.empty();
        }
        boolean ascii = label.chars().allMatch(c -> c < 0x80);
        String lower = ascii ? label.toLowerCase(Locale.ROOT) : label;
        if (ascii && !lower.startsWith("xn--")) {
            return Optional.of(lower);
        }
        try {
            String a = IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (a.startsWith("xn--") && IDN.toUnicode(a).equals(a)) {
                return Optional.empty(); // "xn--" that does not decode: browsers refuse it
            }
            return a.isEmpty() && !label.isEmpty() ? Optional.empty() : Optional.of(a);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * IDNA2003 (java.net.IDN) maps ß, final sigma and the zero-width joiners away ("faß" becomes "fass") where
     * browsers keep them ("xn--fa-hia"): two different sites. Such a name cannot be checked exactly, so it is refused.
     */
    private static boolean hasDeviation(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\u00DF' || c == '\u03C2' || c == '\u200C' || c == '\u200D' || c == '\u1E9E') {
                return true;
            }
        }
        return false;
    }

    /** True when the last label (ignoring one trailing dot) is a number: the host is then an IPv4 address. */
    private static boolean endsInANumber(String domain) {
        List<String> parts = split(domain);
        if (parts.get(parts.size() - 1).isEmpty()) {
            if (parts.size() == 1) {
                return false;
            }
            parts.remove(parts.size() - 1);
        }
        String last = parts.get(parts.size() - 1);
        if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return ipv4Number(last) != null;
    }

    private static Optional<String> ipv4(String domain) {
        List<String> parts = split(domain);
        if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) {
            parts.remove(parts.size() - 1);
        }
        if (parts.size() > 4) {
            return Optional.empty();
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : parts) {
            BigInteger n = ipv4Number(part);
            if (n == null) {
                return Optional.empty();
            }
            numbers.add(n);
        }
        BigInteger b256 = BigInteger.valueOf(256);
        for (int i = 0; i < numbers.size() - 1; i++) {
            if (numbers.get(i).compareTo(b256) >= 0) {
                return Optional.empty();
            }
        }
        BigInteger last = numbers.get(numbers.size() - 1);
        if (last.compareTo(b256.pow(5 - numbers.size())) >= 0) {
            return Optional.empty();
        }
        long address = last.longValue();
        for (int i = 0; i < numbers.size() - 1; i++) {
            address += numbers.get(i).longValue() << (8 * (3 - i));
        }
        return Optional.of((address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "."
                + (address & 255));
    }

    /** An IPv4 part in decimal, octal (leading 0) or hex (0x); null when it is not a number. */
    private static BigInteger ipv4Number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return BigInteger.ZERO;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'f') {
                return null;
            }
        }
        String significant = digits.replaceFirst("^0+", "");
        // Anything this long is far above 2^32 (too big for any IPv4 part); skip the big-number arithmetic.
        return significant.length() > 16 ? BigInteger.ONE.shiftLeft(64)
                : new BigInteger(significant.isEmpty() ? "0" : significant, radix);
    }

    private static List<String> split(String domain) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', start)) {
            parts.add(domain.substring(start, dot));
            start = dot + 1;
        }
        parts.add(domain.substring(start));
        return parts;
    }
}
