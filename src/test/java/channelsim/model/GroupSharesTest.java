package channelsim.model;

import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Origin-group shares are weights: several set on one day give one composition, whatever their order. */
class GroupSharesTest {

    @Test
    void sharesSetOnOneDayComposeInAnyOrder() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("models/scenarios/status-quo-2024.yaml"));
        Params a = new Params(s), b = new Params(s);
        a.set("migrants.groups.albanian.share", 0.5);
        a.set("migrants.groups.vietnamese.share", 0.2);
        b.set("migrants.groups.vietnamese.share", 0.2);
        b.set("migrants.groups.albanian.share", 0.5);
        assertArrayEquals(a.groupShare, b.groupShare, 1e-12);
        double sum = 0;
        for (double x : a.groupShare) sum += x;
        assertEquals(1, sum, 1e-12, "shares are normalised");
        // the others keep their weights: their ratios are unchanged
        int af = a.group("afghan"), sy = a.group("syrian");
        Params c = new Params(s);
        assertEquals(c.groupShare[af] / c.groupShare[sy], a.groupShare[af] / a.groupShare[sy], 1e-12);
        assertEquals(0.5 / 0.2, a.groupShare[a.group("albanian")] / a.groupShare[a.group("vietnamese")], 1e-12);
    }
}
