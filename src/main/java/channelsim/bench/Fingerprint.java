package channelsim.bench;

import channelsim.config.Scenario;
import channelsim.model.PolicySettings;
import channelsim.model.RunResult;
import channelsim.policy.Simulation;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A short digest of everything a replicate produced (every daily value, bit for bit, and the agent-days
 * count), so speed work can prove it changed nothing: equal fingerprints before and after an
 * optimisation mean byte-identical outputs for that scenario and seed.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** SHA-256 over the raw bits of every daily value and the agent-day count, first 16 hex digits. */
    public static String of(RunResult r) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer b = ByteBuffer.allocate(8);
        for (double[] series : r.daily())
            for (double v : series) {
                b.clear();
                b.putLong(Double.doubleToRawLongBits(v));
                md.update(b.array());
            }
        b.clear();
        b.putLong(r.agentDays());
        md.update(b.array());
        StringBuilder s = new StringBuilder();
        byte[] d = md.digest();
        for (int i = 0; i < 8; i++) s.append(String.format("%02x", d[i]));
        return s.toString();
    }

    /**
     * The checked variants: each named scenario as given, plus switches that exercise the rarer paths of
     * the migrants' step (returns hubs, third-country removals, onward transfer to the Med Five).
     */
    public static Map<String, Scenario> variants(Map<String, Scenario> named) {
        Map<String, Scenario> v = new LinkedHashMap<>(named);
        for (Map.Entry<String, Scenario> e : named.entrySet()) {
            if (!e.getKey().contains("one-in-one-out")) continue;
            v.put(e.getKey() + "+hubs+third+medfive", e.getValue().with(Map.of(
                    PolicySettings.ReturnsHubs.ENABLED, true,
                    PolicySettings.ThirdCountryRemoval.ENABLED, true,
                    PolicySettings.MedFiveTransfer.ENABLED, true)));
        }
        return v;
    }

    /** One line per (variant, seed): name, seed, fingerprint, arrivals. */
    public static List<String> lines(Map<String, Scenario> variants, int seeds) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Scenario> e : variants.entrySet())
            for (long seed = 1; seed <= seeds; seed++) {
                RunResult r = Simulation.run(e.getValue(), seed);
                out.add(String.format("%-40s seed %d  %s  arrivals %.0f", e.getKey(), seed, of(r), r.total("arrivals")));
            }
        return out;
    }
}
