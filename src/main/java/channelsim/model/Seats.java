package channelsim.model;

import java.util.Arrays;

/**
 * Today's free seats, gang by gang: each gang's boats are contiguous on the launch board, and a cursor per
 * gang walks its boats as booked migrants board (reused arrays: no allocation per day).
 */
final class Seats {
    private int[] boatStart = new int[0], boatEnd = new int[0], boatCursor = new int[0];
    private LaunchBoard launches;

    /** Called once a day by camp life, after the gangs planned their launches and before anyone boards. */
    void prepare(LaunchBoard launches, int gangs) {
        this.launches = launches;
        if (boatStart.length < gangs) {
            boatStart = new int[gangs * 2];
            boatEnd = new int[gangs * 2];
            boatCursor = new int[gangs * 2];
        }
        Arrays.fill(boatStart, 0);
        Arrays.fill(boatEnd, 0);
        for (int i = launches.count - 1; i >= 0; i--) boatStart[launches.gang[i]] = i;
        for (int i = 0; i < launches.count; i++) boatEnd[launches.gang[i]] = i + 1;
        System.arraycopy(boatStart, 0, boatCursor, 0, gangs);
    }

    /** 1 if gang has a seat left on one of today's boats, else 0. */
    int left(int gang) {
        int c = boatCursor[gang];
        while (c < boatEnd[gang] && launches.boarded[c] >= launches.people[c]) c++;
        boatCursor[gang] = c;
        return c < boatEnd[gang] ? 1 : 0;
    }

    /** The boat (launch board index) of gang's next free seat, or -1. */
    int take(int gang) { return left(gang) > 0 ? boatCursor[gang] : -1; }
}
