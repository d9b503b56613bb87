package channelsim.calibration;

import java.util.SplittableRandom;

/** What ABC-SMC needs of a model: its prior, and a simulation that returns summaries and their distance to the data. */
public interface AbcProblem extends Simulations.Model {

    int dims();

    double[] samplePrior(SplittableRandom rng);

    /** Log prior density of z, -infinity outside the support. */
    double logPrior(double[] z);

    /**
     * Simulates z with a seed. May give up as soon as the distance is sure to exceed {@code epsilon}
     * (return null then); otherwise returns the simulated value of every target, in a fixed order.
     */
    @Override
    double[] simulate(double[] z, long seed, double epsilon) throws InterruptedException;

    double distance(double[] simulated);

    /** A block of coordinates fitted after the ABC, particle by particle (see {@link AbcSmc}); null when none. */
    default Refinement refinement() { return null; }

    /**
     * Coordinates that the ABC leaves out and that are fitted afterwards, given each particle, on figures with a
     * likelihood of their own (for the Channel: the inflow's composition by origin group, on the arrivals by
     * nationality, whose likelihood is their observation-error model).
     */
    interface Refinement extends java.io.Serializable {
        /** The problem over the whole vector (the ABC's coordinates, then the block): its distance leaves out the block's figures. */
        AbcProblem full();

        /** Indices, in the whole vector, of the block's coordinates. */
        int[] block();

        /** A particle's whole vector: its ABC coordinates, and a start for the block read off its history. */
        double[] start(double[] z, double[] simulated);

        /** Log-likelihood of the block's figures in a simulation of the whole vector. */
        double logLikelihood(double[] simulated);

        /**
         * For each block coordinate, from a simulation of the whole vector z: the shift that would bring its figure
         * onto the record if the figure moved one for one with it. It only centres proposals (their acceptance
         * corrects for it exactly), so it may be rough.
         */
        double[] guide(double[] z, double[] simulated);

        /** For each block coordinate, the proposal's sd: about the sd of its figure's likelihood on that coordinate's scale. */
        double[] scale();

        /** For each block coordinate, its largest value (the prior's support ends there; proposals are truncated to it). */
        double[] upper();

        /**
         * For each block coordinate, the stage of the refinement's sweep that moves it (0, 1, ...): each step moves
         * one stage's coordinates only (for the Channel: one year's shares, earliest first). One stage by default.
         */
        default int[] stage() { return new int[block().length]; }
    }
}
