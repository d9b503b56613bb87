package channelsim.calibration;

import channelsim.config.Prior;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The inflow's composition by origin group is a latent yearly series of the calibration: one series per group
 * with a nationality series in the record, centred on the scenario's share, weighed against the groups without
 * one, whose share stays put. It is fitted after the ABC, particle by particle, on the arrivals by nationality,
 * which the ABC's distance leaves out.
 */
class LatentCompositionTest {

    /** The shipped targets, with the composition listed under posterior.latent (as shipped) whatever the file says. */
    static TargetFile withComposition(Path dir) throws Exception {
        Path shipped = Path.of("models/targets").toAbsolutePath();
        String y = java.nio.file.Files.readString(shipped.resolve("channel-2018-2024.yaml"))
                .replace("../scenarios/", shipped.resolveSibling("scenarios") + "/")
                .replace("record: channel-record", "record: " + shipped + "/channel-record")
                .replace("    # - migrants.groups.*.share", "    - migrants.groups.*.share");
        Path f = dir.resolve("targets.yaml");
        java.nio.file.Files.writeString(f, y);
        return TargetFile.load(f);
    }

    @Test
    void everyGroupWithANationalitySeriesGetsAYearlyShareAndTheOthersStayTheReference(@TempDir Path dir) throws Exception {
        ChannelProblem p = BayesCalibration.problem(withComposition(dir), null).posteriorProblem();
        List<String> cols = p.space().columns();
        for (String g : List.of("afghan", "albanian", "eritrean", "iranian", "iraqi", "sudanese", "syrian", "vietnamese"))
            for (int y = 2018; y <= 2024; y++) assertTrue(cols.contains("migrants.groups." + g + ".share@" + y), g + " " + y);
        assertTrue(cols.stream().noneMatch(c -> c.startsWith("migrants.groups.other.")), "the others are the reference: no series");
        // the first year is centred on the history scenario's share (Albanians 3% before 2022), the step is the registry's
        ParameterSpace.Dim first = p.space().dims().stream().filter(d -> d.column().equals("migrants.groups.albanian.share@2018")).findFirst().orElseThrow();
        double albanian = p.base().groups().stream().filter(g -> g.name().equals("albanian")).findFirst().orElseThrow().share();
        assertEquals(0.03 / 1.02, albanian, 1e-12, "3% against the default groups' 99%, normalised");
        assertEquals(albanian, first.prior().a(), 1e-12);
        assertEquals(Prior.Kind.LOG_RANDOM_WALK, first.prior().kind());
        assertEquals(channelsim.config.ParameterRegistry.prior("migrants.groups.albanian.share").step(), first.prior().step());
    }

    @Test
    void aDrawsCompositionReachesTheModelFromFirstJanuaryOfEachYear(@TempDir Path dir) throws Exception {
        ChannelProblem p = BayesCalibration.problem(withComposition(dir), null).posteriorProblem();
        ParameterSpace space = p.space();
        double[] z = space.sample(new SplittableRandom(3));
        int alb22 = space.columns().indexOf("migrants.groups.albanian.share@2022");
        z[alb22] = Math.log(0.9); // Albanians nine tenths of the weights in 2022: most of the inflow
        Scenario s = space.apply(p.base(), z, 0.1);
        // the scenario's own dated Albanian share of 1 January 2022 comes earlier in the timeline: the draw's value wins
        Scenario base = ScenarioLoader.load(Path.of("models/scenarios/history-2018-2024.yaml"));
        assertTrue(base.timeline().stream().anyMatch(c -> c.key().equals("migrants.groups.albanian.share")));
        int last = -1;
        for (int i = 0; i < s.timeline().size(); i++) {
            var c = s.timeline().get(i);
            if (c.key().equals("migrants.groups.albanian.share") && c.date().equals(java.time.LocalDate.of(2022, 1, 1))) last = i;
        }
        assertTrue(last >= 0, "the draw's 2022 share is a dated change on 1 January 2022");
        // same-date changes apply in timeline order (Scenario sorts stably), so the last one is what the model uses
        assertEquals(0.9, ((Number) s.timeline().get(last).value()).doubleValue(), 1e-9);
    }

    @Test
    void theAbcLeavesTheCompositionAndItsFiguresToTheRefinementWhichStartsWhereEachHistoryPoints(@TempDir Path dir) throws Exception {
        ChannelProblem abc = BayesCalibration.problem(withComposition(dir), null);
        ChannelProblem full = abc.posteriorProblem();
        assertNotSame(abc, full);
        assertTrue(abc.space().columns().stream().noneMatch(c -> c.startsWith("migrants.groups.")), "the ABC does not move the composition");
        assertEquals(full.space().columns().subList(0, abc.space().size()), abc.space().columns(), "the whole vector: the ABC's, then the composition");
        AbcProblem.Refinement ref = abc.refinement();
        assertEquals(56, ref.block().length, "8 groups x 7 years");
        // a history that matches the record everywhere, and one without its nationality figures: the ABC's distance
        // does not tell them apart, the refinement's likelihood does
        int n = abc.targets().size();
        double[] matched = new double[n], blind = new double[n];
        int afghan22 = -1;
        for (int k = 0; k < n; k++) {
            RecordTarget t = abc.targets().get(k);
            matched[k] = t.centre();
            blind[k] = t.group().isEmpty() ? t.centre() : 0;
            if (t.id().equals("arrivals-afghan-2022")) afghan22 = k;
        }
        assertEquals(abc.distance(matched), abc.distance(blind), 1e-12, "nationality figures have no weight in the ABC's distance");
        assertTrue(ref.logLikelihood(matched) > ref.logLikelihood(blind), "the refinement's likelihood rewards matched figures");
        // the start moves each share by the guide: a history that matches the record keeps the scenario's shares; one
        // with half the Afghans of 2022 (the year's total as recorded, so the others had the rest) starts their 2022
        // weight higher by their ratio to the others in the record over that in the history
        double[] z = abc.space().sample(new SplittableRandom(5));
        double[] half = matched.clone();
        half[afghan22] = matched[afghan22] / 2;
        int col = full.space().columns().indexOf("migrants.groups.afghan.share@2022");
        double a = ref.start(z, matched)[col], b = ref.start(z, half)[col];
        double afghan = matched[afghan22], others = 45774 - (9088 + 12658 + 2020 + 5841 + 4574 + 1762 + 3006 + 505);
        assertEquals(Math.log(0.156863), a, 1e-3, "the scenario's Afghan share when the history matches");
        // (others from the yearly total of 45,774; the refinement sums the months of the record, a few dozen apart)
        assertEquals(Math.log((afghan + 5) / (afghan / 2 + 5)) + Math.log((others + afghan / 2 + 5) / (others + 5)), b - a, 0.01);
        half[afghan22] = 0;
        for (int k = 0; k < n; k++) if (abc.targets().get(k).id().startsWith("arrivals-afghan-")) half[k] = 0;
        assertTrue(ref.start(z, half)[col] <= 0, "a weight of at most 1");
        double[] other = matched;
        for (int k = 0; k < abc.space().size(); k++) assertEquals(z[k], ref.start(z, other)[k], "the ABC's coordinates are kept");
    }
}
