package org.chatroom.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.chatroom.testing.ConfigurationMetatype;
import org.junit.jupiter.api.Test;

/**
 * The metatype check that guards every Chatroom PID passes only when the Metatype Service says exactly what the
 * annotation says, and names each drift: the check itself against hand-written metatype for {@link SampleConfig}.
 */
class ConfigurationMetatypeTest {

    private static final Set<String> PASSWORDS = Set.of(".secret");

    @Test
    void exactMetatypeHasNoDifferences() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(SampleConfig.class, SampleConfig.EXACT, PASSWORDS));
    }

    @Test
    void everyDriftIsReported() throws Exception {
        assertEquals(List.of(
                "under_score: no text for sample.missing in the metatype's localization",
                ".secret: metatype type String, expected Password",
                "dollar$sign: metatype type Integer, expected Long",
                "names: metatype cardinality 0 for String[]",
                "names: metatype default [a], annotation default [a, b]",
                "port: metatype default [53001], annotation default [53000]",
                "rate: in SampleConfig but not in the metatype of " + SampleConfig.DRIFTED,
                "stale: in the metatype of " + SampleConfig.DRIFTED + " but not in SampleConfig"),
                ConfigurationMetatype.differences(SampleConfig.class, SampleConfig.DRIFTED, PASSWORDS));
    }

    @Test
    void aPidWithoutMetatypeIsReported() throws Exception {
        assertEquals(List.of("the Metatype Service describes no PID org.chatroom.testing.tests.none in "
                + "org.chatroom.testing.tests (is OSGI-INF/metatype/ missing from the bundle?)"),
                ConfigurationMetatype.differences(SampleConfig.class, "org.chatroom.testing.tests.none", PASSWORDS));
    }
}
