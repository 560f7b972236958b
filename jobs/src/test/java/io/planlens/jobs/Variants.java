package io.planlens.jobs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The same plan text in the encodings and Unicode forms real folders hold. */
public final class Variants {
    private Variants() {}

    public static byte[] nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] utf8BomCrlf(String s) {
        byte[] body = s.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    public static byte[] utf16le(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(0xFE);
        b.writeBytes(s.getBytes(StandardCharsets.UTF_16LE));
        return b.toByteArray();
    }

    /**
     * Windows-1258 as Vietnamese legacy files have it: letters with a shape mark (â, ơ, ư, ă, ê, ô, đ)
     * precomposed, tone marks as combining characters.
     */
    public static byte[] windows1258(String s) {
        Charset cs = Charset.forName("windows-1258");
        CharsetEncoder enc = cs.newEncoder();
        StringBuilder out = new StringBuilder();
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (enc.canEncode(c)) {
                out.append(c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder().append(d.charAt(0));
            StringBuilder tones = new StringBuilder();
            for (int k = 1; k < d.length(); k++) {
                char m = d.charAt(k);
                String withMark = Normalizer.normalize(base.toString() + m, Normalizer.Form.NFC);
                if (withMark.length() == 1 && enc.canEncode(withMark.charAt(0))) {
                    base.setLength(0);
                    base.append(withMark);
                } else {
                    tones.append(m);
                }
            }
            out.append(base).append(tones);
        }
        return out.toString().getBytes(cs);
    }
}
