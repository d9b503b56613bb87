package channelsim.spark;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a job's runs are cut into Spark tasks: every run in exactly one block; large blocks first and single runs
 * last, so the task slots finish together; far fewer tasks than runs for a study of hundreds; runs of known cost
 * (a calibration's) the most costly first, a costly one alone; runs of unknown cost dealt so that neighbours,
 * which often cost alike, go to different blocks.
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

    private static void assertEachOnce(int n, int[][] blocks) {
        boolean[] seen = new boolean[n];
        for (int[] b : blocks)
            for (int k : b) {
                assertTrue(!seen[k], "run " + k + " twice");
                seen[k] = true;
            }
        for (int k = 0; k < n; k++) assertTrue(seen[k], "run " + k + " missing");
    }

    @Test
    void runsOfUnknownCostAreDealtSoThatNeighboursGoToDifferentBlocks() {
        for (int n : new int[] {1, 2, 3, 10, 100, 101, 400}) {
            int[] order = SparkEngine.spread(n);
            assertEachOnce(n, new int[][] {order});
        }
        // a batch of 100 whose runs 20-39 hold its costly histories: no block of the cut holds more than a few of them
        int[][] blocks = SparkEngine.blocks(100, new double[100], 2, 0);
        assertEachOnce(100, blocks);
        for (int[] b : blocks) {
            long costly = Arrays.stream(b).filter(k -> k >= 20 && k < 40).count();
            assertTrue(costly <= Math.max(1, b.length / 3), costly + " of the runs 20-39 in one block " + Arrays.toString(b));
        }
        assertEquals(SparkEngine.blockSizes(100, 2, 0).length, blocks.length, "the same guided sizes");
    }

    @Test
    void runsOfKnownCostStartTheMostCostlyFirstAndACostlyOneRunsAlone() {
        // the measured shape of a refinement step: one history of 1.8 s, one of 0.8 s, 98 of 0.02 s
        double[] cost = new double[100];
        Arrays.fill(cost, 0.02);
        cost[23] = 1.8;
        cost[22] = 0.8;
        int[][] blocks = SparkEngine.blocks(100, cost, 2, 0);
        assertEachOnce(100, blocks);
        assertArrayEquals(new int[] {23}, blocks[0], "the costliest, alone and first");
        assertArrayEquals(new int[] {22}, blocks[1]);
        double[] blockCost = Arrays.stream(blocks).mapToDouble(b -> Arrays.stream(b).mapToDouble(k -> cost[k]).sum()).toArray();
        for (int i = 2; i < blocks.length; i++) {
            assertTrue(blocks[i].length <= SparkEngine.MAX_BLOCK, Arrays.toString(blocks[i]));
            assertTrue(blockCost[i] <= blockCost[i - 1] + 1e-9 || blocks[i - 1].length == SparkEngine.MAX_BLOCK, "cheaper as they go: " + Arrays.toString(blockCost));
        }
        assertEquals(1, blocks[blocks.length - 1].length, "a single run last");
        assertTrue(blocks.length < 40, blocks.length + " tasks");
        // an unknown cost counts at the mean of the known; a fixed size gives blocks of that size in the same order
        double[] some = {0, 3, 1, 0};
        int[][] fixed = SparkEngine.blocks(4, some, 2, 3);
        assertArrayEquals(new int[] {1, 0, 3}, fixed[0]);
        assertArrayEquals(new int[] {2}, fixed[1]);
    }
}
