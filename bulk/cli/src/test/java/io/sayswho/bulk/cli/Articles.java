package io.sayswho.bulk.cli;

import java.util.List;

/**
 * Generated articles for the tests: every one different (names, numbers, order of sentences) and each sourced in a
 * known mix, so a folder of hundreds is realistic work for the engine and no two answers coincide by chance.
 */
final class Articles {
    private static final List<String> PEOPLE = List.of("Ana Ruiz", "Tom Becker", "Mia Okafor", "Lee Park",
            "Sara Lindqvist", "Omar Haddad", "Jo Tanaka", "Eva Novak");
    private static final List<String> PLACES = List.of("Riverton", "Oakfield", "Lakemont", "Port Ellis");

    private Articles() {
    }

    static String article(int n) {
        String person = PEOPLE.get(n % PEOPLE.size());
        String other = PEOPLE.get((n / PEOPLE.size() + 3) % PEOPLE.size());
        String place = PLACES.get(n % PLACES.size());
        StringBuilder text = new StringBuilder();
        text.append("The council of ").append(place).append(" approved ").append(n + 3)
                .append(" million dollars for the bridge on Monday.\n\n");
        text.append('"').append("We have waited ").append(n % 12 + 2).append(" years for this,")
                .append('"').append(" said ").append(person).append(", the mayor of ").append(place).append(".\n\n");
        if (n % 3 == 0) {
            text.append("Officials who asked not to be named said the cost could rise again.\n\n");
        }
        if (n % 4 == 1) {
            text.append(other).append(" did not respond to a request for comment.\n\n");
        }
        if (n % 5 == 2) {
            text.append("According to court filings, the contractor was fined in ").append(2000 + n % 20)
                    .append(".\n\n");
        }
        text.append("The bridge carries ").append(1000 + n * 7).append(" cars a day.\n");
        return text.toString();
    }
}
