package io.sayswho.testdata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Hostile texts of a chosen size, built deterministically, for the pathological-input tests and the
 * {@code Pathological} JMH benchmark (which compiles this file too, so both exercise the very same inputs).
 * Plain Java on purpose: no test framework, no files.
 */
public final class PathologicalInputs {
    private PathologicalInputs() {
    }

    /**
     * An ordinary, clearly attributed quote. Tests put it in its own paragraph after a hostile one to check
     * the engine recovers there instead of letting the garbage swallow the rest of the article.
     */
    public static final String ANCHOR = "\u201CWe will not retreat,\u201D Defence Minister Vladimir Padrino said on Tuesday.";

    /** Every builder by name; each takes the wanted length in UTF-16 code units (approximately for structured ones). */
    public static Map<String, IntFunction<String>> builders() {
        Map<String, IntFunction<String>> m = new LinkedHashMap<>();
        m.put("straightQuotes", n -> repeat("\"", n));
        m.put("curlyQuotes", n -> repeat("\u201C", n));
        m.put("noSpaces", PathologicalInputs::noSpaces);
        m.put("nestedQuotes", n -> nestedQuotes(n / NESTED_UNIT.length()));
        m.put("saidRepeated", n -> repeat("said ", n));
        m.put("stancesRepeated", n -> repeat("Critics believe ", n)); // one sentence, a stance cue every two words
        // one sentence of comma-set names, roles and tags: the source finder's backward walks over commas and names
        m.put("tagsRepeated", n -> repeat("Jo Roe, the Mayor Of Ashby Town, said, and Rates, ", n));
        m.put("oneSentence", PathologicalInputs::oneSentence);
        m.put("unicodeSoup", PathologicalInputs::unicodeSoup);
        m.put("crlf", n -> article(n).replace("\n", "\r\n"));
        m.put("loneCr", n -> article(n).replace("\n", "\r"));
        return m;
    }

    /** {@code unit} repeated until {@code n} code units, cut to exactly {@code n}. */
    public static String repeat(String unit, int n) {
        StringBuilder sb = new StringBuilder(n + unit.length());
        while (sb.length() < n) sb.append(unit);
        sb.setLength(n);
        return sb.toString();
    }

    /** Real-looking news prose with no whitespace at all: one 'word' of {@code n} characters. */
    public static String noSpaces(int n) {
        return repeat(PROSE.replaceAll("\\s+", ""), n);
    }

    private static final String NESTED_UNIT = "\u201CHe said \u2018she said \"";

    /** {@code depth} quotations opened inside each other and never closed, with a few stray closers. */
    public static String nestedQuotes(int depth) {
        StringBuilder sb = new StringBuilder(depth * NESTED_UNIT.length() + 16);
        for (int i = 0; i < depth; i++) {
            sb.append(NESTED_UNIT);
            if (i % 97 == 0) sb.append("\u201D"); // an occasional closer keeps it unbalanced in both directions
        }
        return sb.toString();
    }

    /** One sentence of about {@code n} characters: clauses and quotes joined by commas, no full stop inside. */
    public static String oneSentence(int n) {
        String[] clauses = {
            "officials said", "according to sources close to the matter", "the minister told reporters",
            "\u201Cwe are ready\u201D", "the spokesman declined to comment", "data showed", "he added",
            "and the government, which has backed Maduro", "citing two people familiar with the plan"};
        StringBuilder sb = new StringBuilder(n + 64).append("The Kremlin");
        for (int i = 0; sb.length() < n; i++) sb.append(", ").append(clauses[i % clauses.length]);
        return sb.append('.').toString();
    }

    /**
     * Text from every Unicode plane mixed into attributed sentences: surrogate pairs (emoji, ZWJ sequences,
     * flags, mathematical letters, CJK extension B, plane-14 tags, private use), right-to-left scripts and
     * bidi controls, combining marks, C0/C1 controls, Unicode line separators, noncharacters, and lone or
     * reversed surrogates. Seeded, so the same {@code n} gives the same text.
     */
    public static String unicodeSoup(int n) {
        Random random = new Random(20_260_101L);
        StringBuilder sb = new StringBuilder(n + 128);
        int i = 0;
        while (sb.length() < n) {
            switch (i++ % 6) {
                case 0 -> sb.append("\u201C\uD83D\uDE00 We will win \uD83D\uDE00,\u201D said \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Maria \u0218tef\u0103nescu \uD83C\uDDFA\uD83C\uDDE6. ");
                case 1 -> sb.append("\u05D4\u05D3\u05D5\u05D1\u05E8 \u05D0\u05DE\u05E8 \u202E\u0642\u0627\u0644 \u0627\u0644\u0645\u062A\u062D\u062F\u062B\u202C \"\u0646\u062D\u0646 \u0647\u0646\u0627\" he said. ");
                case 2 -> sb.append("Jose\u0301 Pe\u0301rez said cafe\u0301\u0308\u0323 was \u1E9B\u0323 ready.\u2028Next\u2029 ");
                case 3 -> sb.append("ctl\u0000\u0001\u0007\u001B\u007F\u0085\u009F\u200B\u200E\u200F\uFEFF\uFFFE\uFFFF x. ");
                case 4 -> sb.append("lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800 pair, \u201C\uD800\u201D she said. ");
                default -> {
                    // One code point from each of the 17 planes, picked at random within the plane.
                    for (int plane = 0; plane <= 16; plane++) {
                        int cp = (plane << 16) | random.nextInt(0x10000);
                        if (plane == 0 && Character.isSurrogate((char) cp)) cp = 0x4E2D; // lone ones are case 4's job
                        sb.appendCodePoint(cp).append(' ');
                    }
                    sb.appendCodePoint(0x1D400).appendCodePoint(0x20000).appendCodePoint(0xE0041).append(" said. ");
                }
            }
        }
        // Cut at n but never inside a well-formed pair: the input itself must not add a lone surrogate here.
        int cut = Math.min(n, sb.length());
        if (cut > 0 && cut < sb.length() && Character.isHighSurrogate(sb.charAt(cut - 1)) && Character.isLowSurrogate(sb.charAt(cut))) cut--;
        sb.setLength(cut);
        return sb.toString();
    }

    /** Paragraphs of real-looking news prose, separated by blank lines, of about {@code n} characters. */
    public static String article(int n) {
        String[] paragraphs = PROSE.split("\n\n");
        StringBuilder sb = new StringBuilder(n + 512);
        for (int i = 0; sb.length() < n; i++) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(paragraphs[i % paragraphs.length]);
        }
        return sb.toString();
    }

    /** Written for these tests in the style of wire copy; names and events are illustrative. */
    private static final String PROSE = """
            Officials in Caracas said on Tuesday that the cargo flights had carried humanitarian supplies, \
            a claim that could not be independently verified.

            \u201CThe contractors are there for his protection,\u201D said Yevgeny Shabayev, a local leader of a \
            paramilitary group with ties to Moscow.

            Two people familiar with the deployment told reporters that about 400 contractors had arrived, \
            but declined to be named because they were not authorised to speak publicly.

            Kremlin spokesman Dmitry Peskov said he had no such information. The Defence Ministry did not \
            respond to a request for comment.

            Flight-tracking data showed that an Ilyushin-96 landed in Havana late on Wednesday after a stop \
            in Senegal, according to records reviewed by the newspaper.

            The opposition leader, who has been recognised by more than 50 countries, denied that he had \
            been in contact with the military. \u201CThat is simply not true,\u201D he said.""";
}
