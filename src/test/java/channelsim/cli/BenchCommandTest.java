package channelsim.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's output contract only: a table, then one JSON object with six numbers. Never timings. */
class BenchCommandTest {

    @Test
    void quickBenchEndsWithTheJsonLine() {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int rc = Main.execute(new String[]{"bench", "--quick"}, new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, rc, e.toString());
        List<String> lines = o.toString().lines().filter(l -> !l.isBlank()).toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("{") && last.endsWith("}"), last);
        Matcher m = Pattern.compile("\"([a-z0-9_]+)\": (-?[0-9.]+(?:[eE][-+]?[0-9]+)?)").matcher(last);
        Set<String> keys = new TreeSet<>();
        while (m.find()) {
            keys.add(m.group(1));
            assertTrue(Double.isFinite(Double.parseDouble(m.group(2))), last);
        }
        assertEquals(new TreeSet<>(Set.of("ns_per_agent_day", "agent_days_per_sec_per_core", "speedup_2_threads",
                "scale_8_cost_ratio", "study_seconds", "peak_heap_mb", "calibration_years_per_core_second")), keys, last);
        assertEquals(7, last.split(",").length, last);
    }
}
