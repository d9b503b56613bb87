package channelsim.docs;

import channelsim.config.ParamSpec;
import channelsim.config.ParameterRegistry;
import channelsim.config.Scenario;
import channelsim.model.ChannelModel;
import channelsim.policy.Simulation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** docs/ODD.md stays true to the code: its headings, the day's order, and every registry key with its current default. */
class OddDocumentTest {

    @Test
    void hasTheOddHeadings() throws Exception {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        for (String h : List.of("Purpose and patterns", "Entities, state variables and scales", "Process overview and scheduling",
                "Design concepts", "Initialization", "Input data", "Submodels"))
            assertTrue(odd.lines().anyMatch(l -> l.startsWith("#") && l.contains(h)), "missing heading " + h);
    }

    @Test
    void listsTheDaysStepsInTheOrderTheCodeRunsThem() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/ODD.md"));
        int from = lines.indexOf("# Process overview and scheduling");
        assertTrue(from >= 0, "no process overview");
        List<String> documented = new java.util.ArrayList<>();
        java.util.regex.Pattern item = java.util.regex.Pattern.compile("^\\d+\\. \\*\\*(.+?)\\*\\*");
        for (String l : lines.subList(from + 1, lines.size())) {
            if (l.startsWith("# ")) break;
            java.util.regex.Matcher m = item.matcher(l);
            if (m.find()) documented.add(m.group(1));
        }
        ChannelModel model = Simulation.model(Scenario.defaults("odd").with(java.util.Map.of("scale", 0.01)), 1);
        model.start();
        assertEquals(model.dayOrder(), documented, "docs/ODD.md's list of the day's steps differs from ChannelModel.start()");
    }

    @Test
    void citesEveryParameterWithItsDefault() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/ODD.md"));
        StringBuilder missing = new StringBuilder();
        for (ParamSpec p : ParameterRegistry.all()) {
            String key = p.key().replace("*", "<name>"); // describe writes group templates with <name>
            String row = lines.stream().filter(l -> l.startsWith("| `" + key + "` |")).findFirst().orElse(null);
            if (row == null || !row.contains("| " + p.defaultText() + " |"))
                missing.append(p.key()).append(" (default ").append(p.defaultText()).append(")\n");
        }
        assertEquals("", missing.toString(),
                "docs/ODD.md is out of date; regenerate its appendix with ./channelsim describe --format md");
    }

    @Test
    void givesEveryPriorWithItsReason() throws Exception {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        StringBuilder missing = new StringBuilder();
        for (var e : ParameterRegistry.priors().entrySet())
            if (!odd.contains("| `" + e.getKey().replace("*", "<name>") + "` |") || !odd.contains(e.getValue().text()) || !odd.contains(e.getValue().reason()))
                missing.append(e.getKey()).append(": ").append(e.getValue().text()).append('\n');
        assertEquals("", missing.toString(), "docs/ODD.md does not give these priors as describe does");
    }
}
