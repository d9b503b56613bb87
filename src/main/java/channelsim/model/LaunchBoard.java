package channelsim.model;

/**
 * Today's boats, planned by the gangs and resolved by the police and Border Force, then boarded by the
 * migrants. Primitive arrays reused every day: no allocation per boat.
 */
public final class LaunchBoard {
    public static final byte PENDING = 0, PREVENTED = 1, SHALLOW_STOP = 2, RESCUED = 3, INCIDENT_UK = 4,
            INCIDENT_FR = 5, LANDED = 6;

    int count;
    int[] gang = new int[64], beach = new int[64], people = new int[64], deaths = new int[64], boarded = new int[64];
    boolean[] taxi = new boolean[64];
    byte[] fate = new byte[64];

    void clear() { count = 0; }

    int add(int g, int b, int n, boolean isTaxi) {
        if (count == gang.length) grow();
        int i = count++;
        gang[i] = g;
        beach[i] = b;
        people[i] = n;
        taxi[i] = isTaxi;
        fate[i] = PENDING;
        deaths[i] = 0;
        boarded[i] = 0;
        return i;
    }

    private void grow() {
        int n = gang.length * 2;
        gang = java.util.Arrays.copyOf(gang, n);
        beach = java.util.Arrays.copyOf(beach, n);
        people = java.util.Arrays.copyOf(people, n);
        deaths = java.util.Arrays.copyOf(deaths, n);
        boarded = java.util.Arrays.copyOf(boarded, n);
        taxi = java.util.Arrays.copyOf(taxi, n);
        fate = java.util.Arrays.copyOf(fate, n);
    }

    public int count() { return count; }

    public int beach(int i) { return beach[i]; }

    public int people(int i) { return people[i]; }

    public byte fate(int i) { return fate[i]; }

    public boolean taxi(int i) { return taxi[i]; }

    public int gang(int i) { return gang[i]; }

    public int deaths(int i) { return deaths[i]; }

    /** True if the boat got past the French police (it reached open sea). */
    public static boolean atSea(byte f) { return f == RESCUED || f == INCIDENT_UK || f == INCIDENT_FR || f == LANDED; }
}
