package channelsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What newcomers hear on the way through Europe: their beliefs after the upstream stories are looked up
 * from a table of every sequence of stories, which must give exactly (bit for bit) what hearing the
 * stories one at a time gives, for the same draws, whatever the ring holds. The rings keep exactly their
 * latest events, and the day's hearers in the camps are a share hearing_rate of the people there.
 */
class NewsNetworkTest {

    /** A network of the default groups, its rings filled with a share of people sent away. */
    private static NewsNetwork network(Params p, Settings s, long seed, double sentAwayShare) {
        NewsNetwork n = new NewsNetwork(p, s, new SplitMix64(seed));
        SplitMix64 fill = new SplitMix64(seed + 1);
        for (int g = 0; g < p.groupCount(); g++)
            for (int k = 0; k < 5000; k++) {
                if (fill.nextDouble() < sentAwayShare) n.noteSentAway(g);
                else n.noteStayed(g);
            }
        return n;
    }

    /** A side holding one newcomer with the prior's return belief and a job belief. */
    private static PoolSide newcomer(MigrantSettings q, float job) {
        PoolSide f = new PoolSide(4);
        int i = f.add();
        f.rec[i * PoolSide.R + PoolSide.B_RETURN] = (float) q.priorReturn;
        f.rec[i * PoolSide.R + PoolSide.B_JOB] = job;
        return f;
    }

    @Test
    void tabulatedUpstreamStoriesGiveExactlyTheBeliefsOfStoriesHeardOneByOne() {
        for (int stories : new int[]{0, 1, 10, NewsNetwork.MAX_TABULATED_STORIES, NewsNetwork.MAX_TABULATED_STORIES + 1}) {
            Params p = new Params(ModelTestSupport.scenario(1, 10, "migrants.network.upstream_stories", (long) stories,
                    "migrants.network.announcement_weight", 0.2));
            Settings s = Settings.of(p);
            MigrantSettings q = s.migrants;
            assertEquals(stories, q.upstreamStories);
            for (double share : new double[]{0.0, 0.05, 0.5, 1.0})
                for (long seed = 1; seed <= 20; seed++) {
                    NewsNetwork tabulated = network(p, s, seed, share), oneByOne = network(p, s, seed, share);
                    for (int person = 0; person < 50; person++) {
                        int g = person % p.groupCount();
                        double agreement = person % 3 == 0 ? 0.8 : 0.0, job = 0.6;
                        float job0 = person % 7 < 4 ? 0.4f : 0.7f; // newcomers of several days
                        PoolSide a = newcomer(q, job0), b = newcomer(q, job0);
                        tabulated.hearUpstream(a, 0, g, q, agreement, job);
                        for (int k = 0; k < stories; k++)
                            b.rec[PoolSide.B_RETURN] = oneByOne.hear(b.rec, 0, g, q.storyWeight, q.returnSalience,
                                    q.announcementWeight, agreement, q.jobStoryWeight, job);
                        for (int field : new int[]{PoolSide.B_RETURN, PoolSide.B_JOB})
                            assertEquals(Float.floatToRawIntBits(b.rec[field]), Float.floatToRawIntBits(a.rec[field]),
                                    stories + " stories, share " + share + ", seed " + seed + ", person " + person + ", field " + field);
                    }
                }
        }
    }

    @Test
    void storiesOfPeopleSentAwayRaiseTheNewcomersBeliefInReturn() {
        Params p = new Params(ModelTestSupport.scenario(1, 10));
        Settings s = Settings.of(p);
        MigrantSettings q = s.migrants;
        PoolSide none = newcomer(q, 0.5f), all = newcomer(q, 0.5f);
        network(p, s, 7, 0.0).hearUpstream(none, 0, 0, q, 0.0, 0.5);
        network(p, s, 7, 1.0).hearUpstream(all, 0, 0, q, 0.0, 0.5);
        float prior = (float) q.priorReturn;
        assertTrue(none.rec[PoolSide.B_RETURN] < prior, "no one sent away: belief falls below the prior");
        assertTrue(all.rec[PoolSide.B_RETURN] > prior, "everyone sent away: belief rises above the prior");
    }

    @Test
    void eachRingHoldsExactlyItsGroupsLatestEvents() {
        Params p = new Params(ModelTestSupport.scenario(0.37, 10));
        Settings s = Settings.of(p);
        NewsNetwork n = new NewsNetwork(p, s, new SplitMix64(3));
        SplitMix64 events = new SplitMix64(4);
        for (int g = 0; g < p.groupCount(); g++) {
            int len = (int) Math.max(20, Math.round(s.migrants.diasporaEvents * p.groupShare[g] * s.run.scale));
            boolean[] pushed = new boolean[3 * len + 17]; // wraps round the ring more than twice
            for (int k = 0; k < pushed.length; k++) {
                pushed[k] = events.nextDouble() < 0.3;
                if (pushed[k]) n.noteSentAway(g);
                else n.noteStayed(g);
            }
            int sent = 0;
            for (int k = pushed.length - len; k < pushed.length; k++) sent += pushed[k] ? 1 : 0;
            assertEquals((double) sent / len, n.sentAwayShare(g), 0.0, "group " + g + ", ring of " + len);
        }
    }

    /** Hearers of one day on a side of n people in camps, from the first hearer to past the last slot. */
    private static int hearers(double rate, int n) {
        Params p = new Params(ModelTestSupport.scenario(1, 10, "migrants.network.hearing_rate", rate));
        Settings s = Settings.of(p);
        NewsNetwork net = network(p, s, 5, 0.2);
        PoolSide f = new PoolSide(16);
        for (int k = 0; k < n; k++) {
            int i = f.add();
            f.meta[i] = MigrantState.IN_CAMP.ordinal() | (k % p.groupCount()) << 8;
            f.rec[i * PoolSide.R + PoolSide.B_RETURN] = 0.1f;
            f.rec[i * PoolSide.R + PoolSide.B_JOB] = 0.5f;
        }
        int heard = 0;
        for (int i = net.firstHearer(s.migrants, new double[p.groupCount()], 0.5); i < n; i = net.hearAt(f, i)) heard++;
        return heard;
    }

    @Test
    void aShareHearingRateOfThePeopleInCampsHearAStoryADay() {
        assertEquals(0, hearers(0, 10_000), "no stories at rate 0");
        int heard = hearers(0.1, 100_000);
        assertTrue(Math.abs(heard - 10_000) < 400, heard + " hearers among 100,000 at rate 0.1");
        assertEquals(100_000, hearers(1, 100_000), "everyone at rate 1");
        // a rate far below one story per person in the camps: at most the first hearer, and no gap overflows
        assertTrue(hearers(1e-12, 100_000) <= 1);
    }
}
