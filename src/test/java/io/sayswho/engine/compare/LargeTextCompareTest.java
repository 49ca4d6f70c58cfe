package io.sayswho.engine.compare;

import io.sayswho.engine.Engine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two texts of about 200,000 characters (the size limit) compare correctly: the alignment uses an index over
 * content stems, so it does not need all pairs of claims. Speed is measured by the JMH benchmark, not asserted here.
 */
class LargeTextCompareTest {
    static final Engine ENGINE = Engine.load("en");
    static final int LIMIT = 200_000;
    static final Pattern DISTRICT = Pattern.compile("district (\\d+)");

    private static String sentence(int i, String shape) {
        int percent = i % 90 + 3;
        int year = 2001 + i % 20;
        return switch (shape) {
            case "reordered" -> "The budget of district " + i + " rose by " + percent + " percent in " + year
                    + ", Inspector Kalo said.";
            case "anonymous" -> "Officials said the budget of district " + i + " rose by " + percent + " percent in "
                    + year + ".";
            default -> "Inspector Kalo said the budget of district " + i + " rose by " + percent + " percent in "
                    + year + ".";
        };
    }

    @Test
    void twoTextsAtTheSizeLimitAlignClaimByClaim() {
        StringBuilder before = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        int n = 0;
        while (before.length() < LIMIT - 200) {
            before.append(sentence(n, "plain")).append(n % 5 == 4 ? "\n\n" : " ");
            order.add(n++);
        }
        // The rewrite reverses each block of ten sentences, rewords every 7th (same source), hands every 11th to
        // unnamed officials and drops every 13th.
        StringBuilder after = new StringBuilder();
        for (int block = 0; block < n; block += 10) {
            for (int i = Math.min(n, block + 10) - 1; i >= block; i--) {
                if (i % 13 == 0) {
                    continue;
                }
                String shape = i % 11 == 0 ? "anonymous" : i % 7 == 0 ? "reordered" : "plain";
                after.append(sentence(i, shape)).append("\n\n");
            }
        }
        assertTrue(before.length() <= LIMIT && after.length() <= LIMIT + 20_000, before.length() + " " + after.length());
        String afterText = after.length() > LIMIT ? after.substring(0, after.lastIndexOf("\n\n", LIMIT)) : after.toString();

        long started = System.nanoTime();
        Comparison c = ENGINE.compare(before.toString(), afterText);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("compare of %d and %d characters (%d and %d claims): %d ms%n", before.length(),
                afterText.length(), c.before().claims().size(), c.after().claims().size(), millis);

        Map<String, Integer> districtOfBefore = districts(c.before().claims());
        Map<String, Integer> districtOfAfter = districts(c.after().claims());
        assertEquals(n, districtOfBefore.size(), "one claim per sentence");
        int checked = 0;
        for (AlignedPair row : c.alignment()) {
            if (row.after() == null) {
                int d = districtOfBefore.get(row.before());
                assertTrue(d % 13 == 0 || !districtOfAfter.containsValue(d), "district " + d + " wrongly dropped");
                continue;
            }
            assertNotNull(row.before(), "district " + districtOfAfter.get(row.after()) + " wrongly added");
            int d = districtOfAfter.get(row.after());
            assertEquals(d, districtOfBefore.get(row.before()), "district " + d + " aligned with another");
            List<ChangeKind> kinds = row.changes().stream().map(Change::kind).toList();
            assertEquals(d % 11 == 0 ? List.of(ChangeKind.LABEL_CHANGED, ChangeKind.SOURCE_CHANGED) : List.of(),
                    kinds, "district " + d);
            checked++;
        }
        assertEquals(c.after().claims().size(), checked, "every later claim aligned once");
    }

    @Test
    void aRepetitiveTextAtTheSizeLimitComparedWithItselfIsUnchanged() {
        // Every word here is in hundreds of claims, too common to propose candidates: identical contents still meet.
        String article = SpecPairDriftTest.BEFORE;
        String text = (article + "\n\n").repeat(LIMIT / (article.length() + 2));
        Comparison c = ENGINE.compare(text, text);
        assertEquals(c.before().claims().size(), c.summary().aligned());
        for (AlignedPair row : c.alignment()) {
            assertEquals(row.before(), row.after());
            assertEquals(List.of(), row.changes());
        }
        assertEquals(0, c.summary().drift());
    }

    private static Map<String, Integer> districts(List<io.sayswho.engine.model.Claim> claims) {
        Map<String, Integer> out = new HashMap<>();
        for (var claim : claims) {
            Matcher m = DISTRICT.matcher(claim.text());
            assertTrue(m.find(), "claim without a district: " + claim.text());
            out.put(claim.id(), Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
