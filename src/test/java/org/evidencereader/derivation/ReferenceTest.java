package org.evidencereader.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

    /** Every string of up to 6 characters over a-z, 0-9, '-', an upper-case letter and a space. */
    @Test
    void isIdAcceptsExactlyWhatTheIdGrammarDescribes() {
        List<String> strings = new ArrayList<>(List.of(""));
        List<String> level = List.of("");
        for (int length = 1; length <= 6; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : level) {
                for (char c : new char[] {'a', 'z', '0', '9', '-', 'A', ' '}) {
                    next.add(prefix + c);
                }
            }
            strings.addAll(next);
            level = next;
        }
        int ids = 0;
        for (String s : strings) {
            boolean expected = Reference.ID.matcher(s).matches();
            assertThat(Reference.isId(s)).as("'%s'", s).isEqualTo(expected);
            ids += expected ? 1 : 0;
        }
        assertThat(ids).as("the sample holds ids as well as non-ids").isGreaterThan(1000);
        assertThat(Reference.isId(null)).isFalse();
    }

    /** The regex recursed once per '-': an id like this one overflowed the stack. */
    @Test
    void aLongIdWithThousandsOfHyphensIsCheckedWithoutOverflowingTheStack() {
        String id = "inference-gpus".repeat(20_000);
        assertThat(Reference.isId(id)).isTrue();
        assertThat(new Reference(id).id()).isEqualTo(id);
        assertThat(Reference.isId(id + "-")).isFalse();
        assertThatThrownBy(() -> new Reference(id + "--x")).isInstanceOf(IllegalArgumentException.class);
    }
}
