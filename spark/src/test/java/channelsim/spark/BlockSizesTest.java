package channelsim.spark;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a job's runs are cut into Spark tasks: every run in exactly one block, in order; large blocks first and
 * single runs last, so the task slots finish together; far fewer tasks than runs for a study of hundreds.
 */
class BlockSizesTest {

    @Test
    void guidedBlocksCoverEveryRunLargestFirstAndEndWithSingleRuns() {
        for (int slots : new int[] {1, 2, 8, 100})
            for (int n : new int[] {1, 2, 3, 9, 12, 40, 400, 10_000}) {
                int[] b = SparkEngine.blockSizes(n, slots, 0);
                assertEquals(n, Arrays.stream(b).sum(), n + " runs on " + slots + " slots");
                for (int i = 1; i < b.length; i++) assertTrue(b[i] <= b[i - 1], "non-increasing: " + Arrays.toString(b));
                assertTrue(b[0] <= SparkEngine.MAX_BLOCK && b[b.length - 1] == 1, Arrays.toString(b));
                // the last round of tasks, one per slot, are single runs (when there are that many runs)
                int ones = (int) Arrays.stream(b).filter(x -> x == 1).count();
                assertTrue(ones >= Math.min(n, slots), Arrays.toString(b));
            }
    }

    @Test
    void aStudyOfFourHundredRunsOnTwoSlotsIsAFewDozenTasks() {
        int[] b = SparkEngine.blockSizes(400, 2, 0);
        assertTrue(b.length <= 40, b.length + " tasks: " + Arrays.toString(b));
        assertEquals(SparkEngine.MAX_BLOCK, b[0]);
    }

    @Test
    void aFixedSizeGivesBlocksOfThatSize() {
        assertArrayEquals(new int[] {1, 1, 1}, SparkEngine.blockSizes(3, 2, 1));
        assertArrayEquals(new int[] {4, 4, 2}, SparkEngine.blockSizes(10, 2, 4));
    }
}
