package cn.fuwukuaiche.evaluation.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceKeysTest {

    @Test
    void generated_keys_are_long_unique_and_free_of_look_alikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String k = DeviceKeys.generate();
            assertEquals(36, k.length());
            assertTrue(k.startsWith("pad_"));
            assertTrue(k.substring(4).chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), k);
            assertTrue(seen.add(k));
            assertTrue(DeviceKeys.plausible(k));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "demo-pad-A01, 1d8b8e8b0c2b6d3d3d0b0b3a2f7a1e29, demo-pad"})
    void only_a_hash_and_a_short_prefix_are_kept(String key, String ignored, String prefix) {
        String hash = DeviceKeys.hash(key);
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertFalse(hash.contains(key));
        assertEquals(hash, DeviceKeys.hash(key), "stable");
        assertEquals(prefix, DeviceKeys.prefix(key));
    }

    @ParameterizedTest
    @CsvSource(value = {"short, false", "demo-pad-A01, true", "'with space inside', false", "NULL, false"}, nullValues = "NULL")
    void implausible_keys_are_refused_before_any_lookup(String key, boolean plausible) {
        assertEquals(plausible, DeviceKeys.plausible(key));
    }
}
