package channelsim.bench;

import channelsim.experiment.Studies;
import channelsim.experiment.Study;
import channelsim.experiment.StudyLoader;
import channelsim.experiment.StudyRunner;
import channelsim.policy.Simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The bench's study workload: the first policies of a study file, many replicates, through the study
 * runner exactly as {@code channelsim study} runs it (saved replicates, every output file), into a
 * temporary folder that is deleted afterwards. The bench runs this in a child JVM with a capped heap, so
 * finishing proves the study fits in it; {@link #main} prints one line the parent reads.
 */
public final class StudyBench {
    private StudyBench() {}

    /** What the study took: wall seconds of the whole run (replicates and outputs), peak heap, work done. */
    public record Outcome(int policies, int replicates, int days, double seconds, double replicateSeconds, double peakHeapMb, long agentDays) {}

    /** Runs the workload in this JVM. policies: how many of the file's policies (from the first). */
    public static Outcome run(Path studyFile, int policies, int replicates, Integer days, int threads) throws Exception {
        Study full = StudyLoader.load(studyFile);
        List<Study.Policy> ps = new ArrayList<>(full.policies().subList(0, Math.min(policies, full.policies().size())));
        String baseline = ps.stream().anyMatch(p -> p.name().equals(full.baseline())) ? full.baseline() : ps.get(0).name();
        Study study = new Study(full.name() + "-bench", full.description(), full.file(), full.scenarioFile(), replicates,
                full.seed(), baseline, ps, full.metrics(), List.of());
        if (days != null) study = study.withDays(days);
        Path out = Files.createTempDirectory("channelsim-bench-study");
        try {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
            long t0 = System.nanoTime();
            Studies.Report rep = Studies.run(study, new StudyRunner.Options(threads, out, false, null, null, false), Simulation::run);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Outcome(ps.size(), replicates, study.days(), seconds, rep.outcome().nanos() / 1e9, peakHeapMb(), rep.outcome().agentDays());
        } finally {
            deleteTree(out);
        }
    }

    /**
     * Sum of the heap pools' peak use since the last reset. Pools peak at different moments, so this is an
     * upper bound of the heap ever in use at once.
     */
    static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
        return bytes / (1024.0 * 1024.0);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a leftover temporary folder is harmless
        }
    }

    /** Child-JVM entry: STUDY.yaml POLICIES REPLICATES DAYS|- THREADS; prints one {@code study ...} line. */
    public static void main(String[] args) throws Exception {
        Integer days = args[3].equals("-") ? null : Integer.valueOf(args[3]);
        Outcome o = run(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), days, Integer.parseInt(args[4]));
        System.out.printf(Locale.ROOT, "study %d %d %d %.3f %.3f %.1f %d%n", o.policies(), o.replicates(), o.days(), o.seconds(),
                o.replicateSeconds(), o.peakHeapMb(), o.agentDays());
    }

    /** Parses the child's line back (null if the line is not one). */
    static Outcome parse(String line) {
        String[] p = line.trim().split(" ");
        if (p.length != 8 || !p[0].equals("study")) return null;
        return new Outcome(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]), Double.parseDouble(p[4]),
                Double.parseDouble(p[5]), Double.parseDouble(p[6]), Long.parseLong(p[7]));
    }
}
