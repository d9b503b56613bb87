package channelsim.gui;

import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.display.GUIState;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the MASON Console reads about ChannelSim, without opening it. */
class ConsoleSetupTest {

    @Test
    void theConsolesModelListHoldsOnlyChannelSim() throws Exception {
        try (InputStream in = Console.class.getResourceAsStream("simulation.classes")) {
            assertNotNull(in, "sim/display/simulation.classes on the class path");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.lines().anyMatch(l -> l.trim().equals("ONLY")), text);
            assertTrue(text.lines().anyMatch(l -> l.trim().equals(ChannelSimWithUI.class.getName())), text);
            assertEquals(2, text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count(), "nothing else listed: " + text);
        }
    }

    @Test
    void nameAndInfo() {
        assertEquals("ChannelSim", GUIState.getName(ChannelSimWithUI.class));
        assertTrue(GUIState.getInfo(ChannelSimWithUI.class).toString().contains("Click any marker"));
    }
}
