package io.councilhub.notification.newsletter;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes the text of a PDF copy and search as the ideographs it shows. IPAex maps a Kangxi radical and its
 * ideograph to one glyph (⼒ U+2F12 and 力 U+529B), and PDFBox writes the lower code point, the radical, into the
 * ToUnicode map: the page shows 力 but copying gives ⼒, and a search for 力 finds nothing. This rewrites each
 * Type 0 font's ToUnicode map with radicals and compatibility ideographs normalised (NFKC) to the unified ones.
 */
final class UnifiedIdeographs {

    private UnifiedIdeographs() {
    }

    static byte[] inToUnicode(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSStream> done = new HashSet<>();
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0
                            && type0.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode
                            && done.add(toUnicode)) {
                        changed |= rewrite(document, type0, toUnicode);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean rewrite(PDDocument document, PDType0Font font, COSStream toUnicode) throws IOException {
        CMap original;
        try (var in = new RandomAccessReadBuffer(toUnicode.createInputStream())) {
            original = new CMapParser().parse(in);
        }
        TreeMap<Integer, String> map = new TreeMap<>();
        boolean normalised = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = original.toUnicode(code);
            if (unicode == null) {
                continue;
            }
            String unified = unify(unicode);
            normalised |= !unified.equals(unicode);
            map.put(code, unified);
        }
        if (!normalised) {
            return false;
        }
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = map.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += 100) {
            var block = entries.subList(from, Math.min(from + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (var entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream replacement = document.getDocument().createCOSStream();
        try (OutputStream out = replacement.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, replacement);
        return true;
    }

    static String unify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean radicalOrCompatibility = (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF);
            String ch = new String(Character.toChars(cp));
            out.append(radicalOrCompatibility ? Normalizer.normalize(ch, Normalizer.Form.NFKC) : ch);
        });
        return out.toString();
    }
}
