package channelsim.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The work of a calibration is started the most costly first, each proposal expected to cost what the history it
 * was proposed from took; the order changes which thread runs a history, never the posterior.
 */
class SimulationsTest {
    @TempDir
    Path dir;

    private static Simulations.Job job(int index, double cost) { return new Simulations.Job(index, new double[0], index, 1, cost); }

    @Test
    void theMostCostlyStartFirstAnUnknownCostCountsAtTheMeanAndTiesKeepTheirOrder() {
        // costs 1, unknown, 5, 1, 3: the unknown counts as the mean of the known, 2.5
        List<Simulations.Job> jobs = List.of(job(0, 1), job(1, 0), job(2, 5), job(3, 1), job(4, 3));
        assertArrayEquals(new int[] {2, 4, 1, 0, 3}, Simulations.longestFirst(Simulations.expectedCosts(Simulations.costs(jobs))));
        // nothing known: the given order
        assertArrayEquals(new int[] {0, 1, 2}, Simulations.longestFirst(Simulations.expectedCosts(new double[] {0, 0, 0})));
    }

    /**
     * An engine that runs each batch in reverse order on this thread and reports that history k took 1 + k seconds,
     * recording the costs it was handed.
     */
    static final class Reversing implements Simulations {
        final List<List<Job>> batches = new ArrayList<>();

        @Override
        public void run(Model problem, List<Job> jobs, Consumer<Result> done) throws InterruptedException {
            batches.add(List.copyOf(jobs));
            for (int i = jobs.size() - 1; i >= 0; i--) {
                Result r = Simulations.run(problem, jobs.get(i));
                done.accept(new Result(r.index(), r.values(), 1 + r.index()));
            }
        }
    }

    @Test
    void eachProposalIsExpectedToCostWhatItsParentTookAndTheOrderDoesNotChangeThePosterior() throws Exception {
        GuidedToyProblem p = new GuidedToyProblem(0.8, -1.2); // an ABC, then a refinement of a block
        AbcSmc.Options o = new AbcSmc.Options(3000, 100, 0.5, Double.POSITIVE_INFINITY, 4, 1, dir.resolve("a"), false, "guided toy");
        Reversing engine = new Reversing();
        AbcSmc.Result reversed = new AbcSmc(p, o, null, engine).run();
        AbcSmc.Result inOrder = new AbcSmc(p, new AbcSmc.Options(3000, 100, 0.5, Double.POSITIVE_INFINITY, 4, 1, dir.resolve("b"), false,
                "guided toy"), null).run();
        AbcSmcTest.assertParticlesEqual(inOrder, reversed);

        // the prior's draws have no parent; every later proposal names an earlier history's cost (1 + its index)
        assertTrue(engine.batches.size() > 3, engine.batches.size() + " batches");
        int withCost = 0;
        for (List<Simulations.Job> batch : engine.batches) {
            for (Simulations.Job j : batch) {
                if (j.cost() == 0) continue;
                withCost++;
                int parent = (int) j.cost() - 1;
                assertEquals(j.cost(), 1 + parent, "a whole number of seconds: " + j.cost());
                assertTrue(parent >= 0 && parent < j.index(), "job " + j.index() + " expected to cost what history " + parent + " took");
            }
        }
        long later = engine.batches.stream().skip(1).mapToLong(List::size).sum();
        assertTrue(engine.batches.get(0).stream().allMatch(j -> j.cost() == 0), "the first batch is of prior draws");
        assertEquals(later, withCost, "every proposal after the prior's draws has a parent's cost");
    }
}
