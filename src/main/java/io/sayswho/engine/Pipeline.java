package io.sayswho.engine;

import io.sayswho.engine.model.*;

import java.util.*;

/** One run of the engine over one text. Placeholder: every non-empty line is an unattributed claim. */
final class Pipeline {
    private final RuleSet rules;
    private final String text;

    Pipeline(RuleSet rules, String text) {
        this.rules = rules;
        this.text = text;
    }

    Analysis run() {
        List<Claim> claims = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int e = text.indexOf('\n', i);
            if (e < 0) e = text.length();
            String line = text.substring(i, e).strip();
            if (!line.isEmpty()) {
                int s = i + text.substring(i, e).indexOf(line);
                claims.add(new Claim("c" + (claims.size() + 1), s, s + line.length(), line, Attribution.UNATTRIBUTED,
                        0.1, null, null, new Range(s, s + line.length()), QuoteKind.NONE, List.of(), List.of()));
            }
            i = e + 1;
        }
        Map<Attribution, Integer> counts = new EnumMap<>(Attribution.class);
        for (Attribution a : Attribution.values()) counts.put(a, 0);
        claims.forEach(c -> counts.merge(c.attribution(), 1, Integer::sum));
        var info = rules.info();
        return new Analysis(new RuleSetRef(info.id(), info.version()), claims, List.of(),
                new Summary(claims.size(), counts, 0, true, List.of()));
    }
}
