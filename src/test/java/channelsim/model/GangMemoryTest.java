package channelsim.model;

import channelsim.config.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a gang remembers of its boats' fates, and how the draws that decide those fates are addressed: a gang
 * new to the trade (or on a scenario's first day) averages what it has seen instead of reading its first
 * boats as a fraction of a full memory, and a boat's draws belong to its (day, gang, launch), so that policies
 * compared on the same seed give the same boat the same dice.
 */
class GangMemoryTest {
    private static final GangSettings P = Settings.of(new Params(Scenario.defaults("defaults"))).gangs;

    /** A board with the gang's launches today: beach boats and taxi boats, the first {@code stopped} of each stopped. */
    private static LaunchBoard board(SmugglingGang g, int beach, int beachStopped, int taxis, int taxisStopped) {
        LaunchBoard b = new LaunchBoard();
        for (int i = 0; i < beach + taxis; i++) {
            boolean taxi = i >= beach;
            int k = b.add(g.index, i, 0, 50, taxi);
            boolean stop = taxi ? i - beach < taxisStopped : i < beachStopped;
            b.fate[k] = stop ? LaunchBoard.PREVENTED : LaunchBoard.LANDED;
        }
        g.launchedToday = beach + taxis;
        return b;
    }

    @Test
    void aGangNewToTheTradeTakesItsFirstBoatsAtFaceValue() {
        SmugglingGang g = new SmugglingGang(0, 0, 10, 3000);
        g.learn(board(g, 2, 2, 1, 0), P, 0); // both beach boats stopped, the taxi boat through
        assertEquals(1.0, g.beachBoatLoss, 1e-12, "two of two beach boats stopped");
        assertEquals(0.0, g.taxiLoss, 1e-12);
        assertEquals(2.0 / 3, g.lossShare, 1e-12, "two of three boats lost");
        // a full memory (about memory_days launches) weighs the next day's boats as one day among many
        for (int day = 0; day < 200; day++) g.learn(board(g, 2, 2, 1, 0), P, 0);
        g.learn(board(g, 2, 0, 1, 0), P, 0);
        double keep = 1 - 1 / P.memoryDays, w = 1 - keep * keep;
        assertEquals(1 - w, g.beachBoatLoss, 1e-9, "once the memory is full, two beach boats through move it by their weight only");
    }

    @Test
    void aBoatsDrawsAreAddressedByDayGangAndLaunchNotByItsPlaceOnTheBoard() {
        long salt = Streams.salt(7, Streams.Purpose.POLICE);
        LaunchBoard a = new LaunchBoard(), b = new LaunchBoard();
        // board a: gang 3 launches twice, then gang 5 once; board b: gang 5 first, gang 3 once only, another gang
        a.add(3, 0, 0, 40, false);
        a.add(3, 1, 2, 40, true);
        int a5 = a.add(5, 0, 4, 40, false);
        int b5 = b.add(5, 0, 4, 40, false);
        int b3 = b.add(3, 0, 0, 40, false);
        b.add(8, 0, 1, 40, false);
        assertEquals(a.drawState(salt, 12, a5), b.drawState(salt, 12, b5), "gang 5's first boat of day 12 gets the same draws");
        assertEquals(a.drawState(salt, 12, 0), b.drawState(salt, 12, b3), "and so does gang 3's first boat");
        assertNotEquals(a.drawState(salt, 12, 0), a.drawState(salt, 12, 1), "a gang's second boat has draws of its own");
        assertNotEquals(a.drawState(salt, 12, a5), a.drawState(salt, 13, a5), "as has the next day");
        assertNotEquals(a.drawState(salt, 12, a5), a.drawState(Streams.salt(7, Streams.Purpose.SEA), 12, a5), "and another purpose");
        assertNotEquals(a.drawState(salt, 12, a5), a.drawState(Streams.salt(8, Streams.Purpose.POLICE), 12, a5), "and another seed");
    }

    @Test
    void keyedDrawsAreUniform() {
        long salt = Streams.salt(1, Streams.Purpose.GANGS);
        int n = 200_000, below = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double u = SplitMix64.doubleAt(SplitMix64.keyed(salt, i / 40, i % 40) + SplitMix64.GAMMA);
            assertTrue(u >= 0 && u < 1);
            sum += u;
            if (u < 0.1) below++;
        }
        assertEquals(0.5, sum / n, 0.005);
        assertEquals(0.1, (double) below / n, 0.004);
    }
}
