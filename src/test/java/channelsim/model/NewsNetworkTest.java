package channelsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What newcomers hear on the way through Europe: their beliefs after the upstream stories are looked up
 * from a table of every sequence of stories, which must give exactly (bit for bit) what hearing the
 * stories one at a time gives, for the same draws, whatever the ring holds.
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
}
