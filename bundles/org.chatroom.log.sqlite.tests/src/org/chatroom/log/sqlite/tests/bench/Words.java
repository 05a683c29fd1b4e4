package org.chatroom.log.sqlite.tests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Chat-like text: 3 to 20 words from a vocabulary of 20,000, drawn with a Zipf-like skew (a few words are common). */
final class Words {

    private Words() {
    }

    static List<String> vocabulary(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(8);
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return words;
    }

    static String sentence(List<String> words, Random random) {
        StringBuilder sentence = new StringBuilder();
        int count = 3 + random.nextInt(18);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sentence.append(' ');
            }
            sentence.append(word(words, random));
        }
        return sentence.toString();
    }

    /** Rank r is drawn with probability about 1/r. */
    static String word(List<String> words, Random random) {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(words.size() + 1, u)) - 1;
        return words.get(Math.max(0, Math.min(words.size() - 1, rank)));
    }
}
