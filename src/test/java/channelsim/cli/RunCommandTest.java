package channelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import channelsim.cli.MainTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code channelsim run} end to end on a short scenario: the files of the contract, reproducibly. */
class RunCommandTest {

    static final String SHORT = MainTest.FIXTURES + "short.yaml";

    @TempDir
    Path dir;

    private Path run(String name, String... extra) {
        Path out = dir.resolve(name);
        String[] args = {"run", SHORT, "--days", "30", "--out", out.toString()};
        String[] all = Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        Outcome o = MainTest.channelsim(all);
        assertEquals(0, o.status(), o::toString);
        assertTrue(o.out().contains("arrivals"), o::toString);
        return out;
    }

    @Test
    void writesTheContractFiles() throws Exception {
        Path out = run("a", "--seed", "3");
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(31, lines.size(), "header and 30 days");
        assertTrue(lines.get(0).startsWith("day,date,arrivals,launches,boats_arrived,people_per_boat,prevented,"
                + "intercepted,returned,legal_intake,deterred,deaths,waiting,price,gang_revenue"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,2024-06-01,"), lines.get(1));
        assertTrue(lines.get(30).startsWith("30,2024-06-30,"), lines.get(30));

        String json = Files.readString(out.resolve("summary.json"));
        for (String key : List.of("\"scenario\": \"short-test\"", "\"seed\": 3", "\"days\": 30", "\"arrivals\": ",
                "\"prevention_rate\": ", "\"busiest_day_arrivals\": ", "\"busiest_day_date\": ", "\"crossing_days\": ", "\"arrivals_by_group\": {", "\"afghan\": "))
            assertTrue(json.contains(key), () -> key + " in " + json);
        try (var files = Files.list(out)) {
            assertEquals(List.of("summary.json", "timeseries.csv"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left");
        }
    }

    @Test
    void theSameSeedGivesIdenticalBytesAndAnotherSeedDiffers() throws Exception {
        Path a = run("a", "--seed", "11"), b = run("b", "--seed", "11"), c = run("c", "--seed", "12");
        for (String f : List.of("timeseries.csv", "summary.json"))
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("timeseries.csv")), Files.readAllBytes(c.resolve("timeseries.csv"))));
    }

    @Test
    void setChangesTheRun() throws Exception {
        Path out = run("officers", "--set", "policies.french_police.officers=1234");
        String officers = Files.readAllLines(out.resolve("timeseries.csv")).get(1).split(",")[2 + channelsim.model.Metric.OFFICERS.ordinal()];
        assertEquals("1234", officers);
    }
}
