package io.sayswho.bulk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sayswho.bulk.cli.TextDecoding.Refusal;
import io.sayswho.engine.model.Analysis;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.sayswho.bulk.cli.AnalyzeFolderTest.ENGINE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The answers' bytes are what a UTF-8 PrintStream made of Jackson's String (the way they were written before the
 * workers encoded them), for the characters where the two could part: beyond the BMP, lone surrogates, U+FFFD.
 */
class EncodingTest {
    private static final String[] TEXTS = {
            "The mayor said the vote was close, aides said.",
            "The mayor said \uD83D\uDE00 the vote was close, aides said. \u00e9\u4e2d \u2028",
            "Officials said \uD800 the plan \uDC00 failed, according to Smith.",
            "Police said the \uFFFD suspect fled, \"a spokesman\" said.\u0001\t",
    };

    @Test
    void jsonLineBytesAreThoseOfTheStringPrintedAsUtf8() throws Exception {
        for (String text : TEXTS) {
            Analysis analysis = ENGINE.analyze(text);
            ObjectNode fields = Json.MAPPER.createObjectNode().put("id", "x").put("text", text);
            ObjectNode expected = fields.deepCopy();
            expected.putPOJO("analysis", analysis);
            byte[] old = (Json.MAPPER.writeValueAsString(expected) + "\n").getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(old, OutputFormat.jsonl.format("x", fields, analysis), text);
        }
    }

    @Test
    void longAnswersGrowTheBufferAndStartEmpty() throws Exception {
        String text = TEXTS[1].repeat(2_000);
        Analysis analysis = ENGINE.analyze(text);
        ObjectNode line = Json.MAPPER.createObjectNode().put("id", "long");
        line.putPOJO("analysis", analysis);
        byte[] old = (Json.MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(old, OutputFormat.jsonl.format("long", null, analysis));
        Analysis small = ENGINE.analyze(TEXTS[0]);
        ObjectNode next = Json.MAPPER.createObjectNode().put("id", "small");
        next.putPOJO("analysis", small);
        assertArrayEquals((Json.MAPPER.writeValueAsString(next) + "\n").getBytes(StandardCharsets.UTF_8),
                OutputFormat.jsonl.format("small", null, small));
    }

    @Test
    void decodingIsStrictWhateverTheFastPath() throws Exception {
        for (String text : TEXTS) {
            if (text.indexOf('\uD800') >= 0) continue; // a lone surrogate has no UTF-8 bytes
            assertEquals(text, TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8), 1_000));
        }
        assertEquals("Said.", TextDecoding.decode("\uFEFFSaid.".getBytes(StandardCharsets.UTF_8), 1_000));
        byte[] bad = {'s', 'a', 'i', 'd', ' ', (byte) 0xC3, '(', '.'};
        assertEquals("not UTF-8 text", assertThrows(Refusal.class, () -> TextDecoding.decode(bad, 1_000))
                .getMessage());
        byte[] badLine = {'{', '}', (byte) 0xFF};
        assertThrows(Refusal.class, () -> TextDecoding.decodeLine(badLine));
    }
}
