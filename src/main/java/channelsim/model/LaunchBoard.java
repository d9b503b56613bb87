package channelsim.model;

/**
 * Today's boats, planned by the gangs and resolved by the police and Border Force, then boarded by the
 * migrants. Primitive arrays reused every day: no allocation per boat.
 */
public final class LaunchBoard {
    public static final byte PENDING = 0, PREVENTED = 1, SHALLOW_STOP = 2, RESCUED = 3, INCIDENT_UK = 4,
            INCIDENT_FR = 5, LANDED = 6;

    int count;
    private static final int C = DeathCause.count();
    /** deaths: all who die on the boat; byCause[i * C + c] of them of cause c, seated in the causes' order. */
    int[] gang = new int[64], beach = new int[64], people = new int[64], deaths = new int[64], boarded = new int[64],
            byCause = new int[64 * C];
    /** The boat's number among its gang's launches today: with the day and the gang, the address of its draws. */
    int[] slot = new int[64];
    boolean[] taxi = new boolean[64];
    /** A taxi boat put in up a river or canal, away from the beach patrols. */
    boolean[] inland = new boolean[64];
    /** How far beyond the shallows a taxi boat picks people up (0-1). */
    float[] deep = new float[64];
    byte[] fate = new byte[64];

    void clear() { count = 0; }

    int add(int g, int s, int b, int n, boolean isTaxi) {
        if (count == gang.length) grow();
        int i = count++;
        gang[i] = g;
        slot[i] = s;
        beach[i] = b;
        people[i] = n;
        taxi[i] = isTaxi;
        inland[i] = false;
        deep[i] = 0;
        fate[i] = PENDING;
        deaths[i] = 0;
        java.util.Arrays.fill(byCause, i * C, i * C + C, 0);
        boarded[i] = 0;
        return i;
    }

    private void grow() {
        int n = gang.length * 2;
        gang = java.util.Arrays.copyOf(gang, n);
        slot = java.util.Arrays.copyOf(slot, n);
        beach = java.util.Arrays.copyOf(beach, n);
        people = java.util.Arrays.copyOf(people, n);
        deaths = java.util.Arrays.copyOf(deaths, n);
        boarded = java.util.Arrays.copyOf(boarded, n);
        byCause = java.util.Arrays.copyOf(byCause, n * C);
        taxi = java.util.Arrays.copyOf(taxi, n);
        inland = java.util.Arrays.copyOf(inland, n);
        deep = java.util.Arrays.copyOf(deep, n);
        fate = java.util.Arrays.copyOf(fate, n);
    }

    public int count() { return count; }

    /** The state from which boat i's draws for a purpose are taken on day t ({@link SplitMix64#keyed}). */
    long drawState(long salt, long t, int i) { return SplitMix64.keyed(salt, t, ((long) gang[i] << 16) | slot[i]); }

    public int beach(int i) { return beach[i]; }

    public int people(int i) { return people[i]; }

    public byte fate(int i) { return fate[i]; }

    public boolean taxi(int i) { return taxi[i]; }

    public boolean inland(int i) { return inland[i]; }

    public int gang(int i) { return gang[i]; }

    public int deaths(int i) { return deaths[i]; }

    /** Adds d deaths of this cause to boat i, capped at those still alive aboard. */
    void addDeaths(int i, int d, DeathCause cause) {
        d = Math.min(d, people[i] - deaths[i]);
        if (d <= 0) return;
        byCause[i * C + cause.ordinal()] += d;
        deaths[i] += d;
    }

    /** Deaths of this cause on boat i. */
    public int deaths(int i, DeathCause cause) { return byCause[i * C + cause.ordinal()]; }

    /** The cause (ordinal) of the death of the person in seat s of boat i (s < deaths(i)). */
    int causeOfSeat(int i, int s) {
        int c = 0, o = i * C;
        for (int sum = byCause[o]; s >= sum && c < C - 1; ) sum += byCause[o + ++c];
        return c;
    }

    /** True if the boat got past the French police (it reached open sea). */
    public static boolean atSea(byte f) { return f == RESCUED || f == INCIDENT_UK || f == INCIDENT_FR || f == LANDED; }
}
