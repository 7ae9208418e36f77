package org.guidekit.check;

import java.util.Optional;

/** The WHATWG URL Standard's IPv6 parser and serialiser, for hosts written as {@code [::1]}. */
final class Ipv6 {
    private Ipv6() {
    }

    /** The address between the brackets, serialised (shortest form), or empty when a browser would refuse it. */
    static Optional<String> parse(String s) {
        int[] pieces = new int[8];
        int piece = 0;
        int compress = -1;
        int p = 0;
        int n = s.length();
        if (p < n && s.charAt(p) == ':') {
            if (p + 1 >= n || s.charAt(p + 1) != ':') {
                return Optional.empty();
            }
            p += 2;
            compress = ++piece;
        }
        while (p < n) {
            if (piece == 8) {
                return Optional.empty();
            }
            if (s.charAt(p) == ':') {
                if (compress >= 0) {
                    return Optional.empty();
                }
                p++;
                compress = ++piece;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && p < n && Character.digit(s.charAt(p), 16) >= 0 && s.charAt(p) < 0x80) {
                value = value * 16 + Character.digit(s.charAt(p), 16);
                p++;
                length++;
            }
            if (p < n && s.charAt(p) == '.') {
                if (length == 0 || piece > 6) {
                    return Optional.empty();
                }
                return ipv4Tail(s, p - length, pieces, piece, compress);
            } else if (p < n && s.charAt(p) == ':') {
                p++;
                if (p >= n) {
                    return Optional.empty();
                }
            } else if (p < n) {
                return Optional.empty();
            }
            pieces[piece++] = value;
        }
        return finish(pieces, piece, compress);
    }

    /** The dotted IPv4 end of an address such as {@code ::ffff:127.0.0.1}. */
    private static Optional<String> ipv4Tail(String s, int p, int[] pieces, int piece, int compress) {
        int n = s.length();
        int seen = 0;
        while (p < n) {
            if (seen > 0) {
                if (s.charAt(p) == '.' && seen < 4) {
                    p++;
                } else {
                    return Optional.empty();
                }
            }
            if (p >= n || s.charAt(p) < '0' || s.charAt(p) > '9') {
                return Optional.empty();
            }
            int value = -1;
            while (p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                int digit = s.charAt(p) - '0';
                if (value == 0) {
                    return Optional.empty();
                }
                value = value < 0 ? digit : value * 10 + digit;
                if (value > 255) {
                    return Optional.empty();
                }
                p++;
            }
            pieces[piece] = pieces[piece] * 0x100 + value;
            seen++;
            if (seen == 2 || seen == 4) {
                piece++;
            }
        }
        return seen == 4 ? finish(pieces, piece, compress) : Optional.empty();
    }

    private static Optional<String> finish(int[] pieces, int piece, int compress) {
        if (compress >= 0) {
            int swaps = piece - compress;
            for (int i = 7; i != 0 && swaps > 0; i--, swaps--) {
                int t = pieces[i];
                pieces[i] = pieces[compress + swaps - 1];
                pieces[compress + swaps - 1] = t;
            }
        } else if (piece != 8) {
            return Optional.empty();
        }
        return Optional.of(serialize(pieces));
    }

    private static String serialize(int[] pieces) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && pieces[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder b = new StringBuilder();
        boolean ignore0 = false;
        for (int i = 0; i < 8; i++) {
            if (ignore0 && pieces[i] == 0) {
                continue;
            }
            ignore0 = false;
            if (i == bestStart) {
                b.append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            b.append(Integer.toHexString(pieces[i]));
            if (i != 7) {
                b.append(':');
            }
        }
        return b.toString();
    }
}
