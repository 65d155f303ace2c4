package org.claimgraph.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The data-file reader every lexicon uses. */
class DataFileTest {

    @Test
    void commentsAndBlankLinesAreLeftOutAndLinesKeepTheirNumbersAndTabs() {
        List<DataFile.Line> lines = DataFile.lines(DataFileTest.class, "data-file-example.tsv");
        assertEquals(List.of(new DataFile.Line("data-file-example.tsv", 3, "first\tline"),
                new DataFile.Line("data-file-example.tsv", 5, "second")), lines);
        assertEquals("data-file-example.tsv line 5: unknown kind 'second'", lines.get(1).error("unknown kind 'second'").getMessage());
    }

    @Test
    void aMissingFileSaysHowToGetItBack() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DataFile.lines(DataFileTest.class, "no-such.tsv"));
        assertTrue(e.getMessage().contains("no-such.tsv") && e.getMessage().contains("rebuild"), e.getMessage());
    }
}
