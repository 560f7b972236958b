package io.planlens.text;

import io.planlens.ingest.ReadText;
import io.planlens.ingest.RejectException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the bytes of a plain-text plan without trusting any declared encoding.
 *
 * <p>Order of decisions: byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without a mark when the
 * pattern of NUL bytes makes it clear; known binary signatures and NUL/control bytes ({@code binary});
 * strict UTF-8; legacy Windows-1258 when strict UTF-8 fails and the bytes read as plausible Vietnamese;
 * otherwise UTF-8 with replacement characters when the bytes are mostly UTF-8 (flag {@code invalid_bytes}).
 * The result is NFC with LF line ends and no byte-order mark. Stateless and thread-safe.
 */
public final class TextDecoder {
    /** Flag set when some bytes were not valid in the detected encoding and were replaced by U+FFFD. */
    public static final String FLAG_INVALID_BYTES = "invalid_bytes";

    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final TextDecoder SHARED = new TextDecoder();

    private static final byte[][] BINARY_SIGNATURES = {
        {(byte) 0x89, 'P', 'N', 'G'}, {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'G', 'I', 'F', '8'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'%', 'P', 'D', 'F'}, {0x1F, (byte) 0x8B},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, {'R', 'a', 'r', '!'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF},
        {0x7F, 'E', 'L', 'F'}, {'M', 'Z'}
    };

    public static TextDecoder shared() {
        return SHARED;
    }

    /**
     * Decodes {@code bytes} to NFC text with LF line ends.
     *
     * @throws RejectException {@code empty}, {@code binary} or {@code undecodable}
     */
    public ReadText decode(byte[] bytes) throws RejectException {
        if (bytes == null || bytes.length == 0) {
            throw new RejectException("empty", "the file has 0 bytes");
        }
        List<String> flags = new ArrayList<>();
        String encoding;
        String text;
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            encoding = "UTF-8";
            text = decodeUtf8Lenient(bytes, 3, flags);
        } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            encoding = "UTF-16LE";
            text = decodeLenient(bytes, 2, StandardCharsets.UTF_16LE, flags);
        } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            encoding = "UTF-16BE";
            text = decodeLenient(bytes, 2, StandardCharsets.UTF_16BE, flags);
        } else {
            String utf16 = utf16ByNulPattern(bytes);
            if (utf16 != null) {
                encoding = utf16;
                text = decodeLenient(bytes, 0, Charset.forName(utf16), flags);
            } else {
                rejectBinaryBytes(bytes);
                String strict = decodeStrict(bytes, StandardCharsets.UTF_8);
                if (strict != null) {
                    encoding = "UTF-8";
                    text = strict;
                } else {
                    Utf8Stats st = utf8Stats(bytes);
                    String legacy = st.valid >= st.invalid ? null : plausibleCp1258(bytes);
                    if (legacy != null) {
                        encoding = "windows-1258";
                        text = legacy;
                    } else if (st.valid > 0 || st.invalid * 100L < bytes.length) {
                        encoding = "UTF-8";
                        text = decodeUtf8Lenient(bytes, 0, flags);
                    } else {
                        throw new RejectException("undecodable",
                                "neither UTF-8, UTF-16 nor Windows-1258 Vietnamese (" + st.invalid + " invalid UTF-8 bytes)");
                    }
                }
            }
        }
        text = finish(text);
        rejectBinaryText(text);
        if (isBlank(text)) {
            throw new RejectException("empty", "the file holds only white space");
        }
        return new ReadText(text, encoding, List.copyOf(flags));
    }

    /** Strips a leading BOM, turns CRLF and CR into LF, and composes to NFC. */
    static String finish(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                    || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD')) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) return false;
        }
        return true;
    }

    /** UTF-16LE/BE when NULs sit almost only at odd (LE) or even (BE) positions of the first 8 KB. */
    private static String utf16ByNulPattern(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) return "UTF-16LE";
        if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) return "UTF-16BE";
        return null;
    }

    private static void rejectBinaryBytes(byte[] b) throws RejectException {
        for (byte[] sig : BINARY_SIGNATURES) {
            if (sig.length >= 3 && startsWith(b, sig)) {
                throw new RejectException("binary", "the file starts with the signature of a binary format");
            }
        }
        int n = Math.min(b.length, 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                throw new RejectException("binary", "NUL byte at offset " + i + " in a file that is not UTF-16");
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x1B) {
                control++;
            }
        }
        if (control > 0 && control * 200L > n) {
            throw new RejectException("binary", control + " control bytes in the first " + n + " bytes");
        }
    }

    private static void rejectBinaryText(String text) throws RejectException {
        int n = Math.min(text.length(), 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new RejectException("binary", "NUL character in the decoded text");
            }
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 0 && control * 200L > n) {
            throw new RejectException("binary", control + " control characters in the decoded text");
        }
    }

    private static String decodeStrict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeUtf8Lenient(byte[] b, int offset, List<String> flags) {
        return decodeLenient(b, offset, StandardCharsets.UTF_8, flags);
    }

    private static String decodeLenient(byte[] b, int offset, Charset cs, List<String> flags) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            if (!flags.contains(FLAG_INVALID_BYTES)) flags.add(FLAG_INVALID_BYTES);
            CharsetDecoder lenient = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try {
                CharBuffer out = lenient.decode(ByteBuffer.wrap(b, offset, b.length - offset));
                return out.toString();
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private record Utf8Stats(int valid, int invalid) {}

    /** Counts well-formed multi-byte UTF-8 sequences and bytes that belong to none. */
    private static Utf8Stats utf8Stats(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int v = b[i] & 0xFF;
            if (v < 0x80) {
                i++;
                continue;
            }
            int len = v >= 0xC2 && v <= 0xDF ? 2 : v >= 0xE0 && v <= 0xEF ? 3 : v >= 0xF0 && v <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Stats(valid, invalid);
    }

    /**
     * The bytes read as Windows-1258 when that gives plausible Vietnamese: every byte defined, nearly
     * all non-ASCII characters Vietnamese letters, tone marks or common typographic punctuation, and at
     * least some letters that only Vietnamese uses. Otherwise null.
     */
    private static String plausibleCp1258(byte[] b) {
        String s = decodeStrict(b, CP1258);
        if (s == null) return null;
        int nonAscii = 0;
        int vietnamese = 0;
        int distinctive = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            nonAscii++;
            if (isVietnameseChar(c)) {
                vietnamese++;
                if (c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || c == 'ă' || c == 'Ă'
                        || c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
                    distinctive++;
                }
            } else if ("“”‘’–—…•‰€°·«»".indexOf(c) >= 0) {
                vietnamese++;
            }
        }
        if (nonAscii == 0 || distinctive == 0) return null;
        return vietnamese >= nonAscii * 0.95 ? s : null;
    }

    private static boolean isVietnameseChar(char c) {
        if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') return true;
        return "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
                .indexOf(Character.toLowerCase(c)) >= 0;
    }
}
