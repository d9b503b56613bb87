package channelsim.model;

import channelsim.config.Scenario;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Double2D;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Channel: migrants, smuggling gangs, French police and UK officials on a MASON schedule, one step a
 * day. The daily order of events is written once, in {@link #start()}. The model knows nothing of the
 * GUI (the GUI reads the public getters, and keeps its map in {@code channelsim.gui.MapLayer}).
 */
public class ChannelModel extends SimState implements PolicyContext {
    private static final long serialVersionUID = 1;

    private final Scenario scenario;
    private final long runSeed;
    private Params params;
    private Levers levers;
    private Weather weather;
    private Europe europe;
    private Arrivals arrivals;
    private FrenchPolice police;
    private BorderForce borderForce;
    private HomeOffice homeOffice;
    private MigrantPool pool;
    private final Settings settings = new Settings();
    private PublicCost publicCost;
    private DayTally tally;
    private DailyFlows flows;
    private CampLife campLife;
    private AsylumSystem asylum;
    private Observations observations;
    private GangMarket gangMarket;
    private double bookingsPerGang;
    private Recorder recorder;
    private RecordStart recordStart; // the by-group counters as the recorded days begin
    private final PolicyStep.Factory policyFactory;
    private PolicyStep policies;
    private LaunchBoard launches;
    private final List<SmugglingGang> gangs = new ArrayList<>();
    private SmugglingGang[] gangArray = new SmugglingGang[0];
    private MersenneTwisterFast initRng;
    private long gangSalt;
    private int warmup;
    private LocalDate firstDate;
    private double[] bookingWeights = new double[0];
    private final Seats seats = new Seats();
    private long agentDays, steppedAgentDays;
    private int[] arrivalsByStep = new int[0], returnsByStep = new int[0];

    /** A model of the scenario for this seed, whose days start with the policies made by the factory. */
    public ChannelModel(Scenario scenario, long seed, PolicyStep.Factory policies) {
        super(seed);
        this.scenario = scenario;
        this.runSeed = seed;
        this.policyFactory = policies;
    }

    /** One event of the day: its name (as docs/ODD.md lists it) and what runs. */
    public record DayStep(String name, Steppable step) {}

    /** The day's events in order, written once in {@link #start()}. */
    private List<DayStep> day = List.of();

    /** The names of the day's events in the order they run (after {@link #start()}). */
    public List<String> dayOrder() { return day.stream().map(DayStep::name).toList(); }

    /** Runs one replicate headless: warm-up, then the recorded days. */
    public static RunResult run(Scenario scenario, long seed, PolicyStep.Factory policies) {
        return run(scenario, seed, policies, new int[0], null);
    }

    /** Asked at the end of chosen recorded days whether the run is still worth finishing. */
    public interface Checkpoint {
        /**
         * @param recordedDay the recorded day just ended (0 = the scenario's start)
         * @param soFar the series up to that day (later days still 0), sharing the run's arrays: read, do not keep
         * @return false to stop the run here
         */
        boolean carryOn(int recordedDay, RunResult soFar);
    }

    /**
     * Runs one replicate headless, stopping early when {@code checkpoint} says so at one of {@code checkDays}
     * (ascending recorded days); null when stopped. A calibration uses it to drop a draw as soon as the
     * years already simulated put it beyond the tolerance, so no simulated day is wasted on it.
     */
    public static RunResult run(Scenario scenario, long seed, PolicyStep.Factory policies, int[] checkDays, Checkpoint checkpoint) {
        return run(scenario, seed, policies, checkDays, checkpoint, null, null);
    }

    /**
     * Runs one replicate headless and hands {@code read} the system's stocks on the morning of {@code stateOn}
     * (a recorded day after the first; not called for other dates): the calibration reads the fitted history's
     * state on 1 January of its last year this way, from the runs it does anyway.
     */
    public static RunResult run(Scenario scenario, long seed, PolicyStep.Factory policies, java.time.LocalDate stateOn,
                                java.util.function.Consumer<StateReading> read) {
        return run(scenario, seed, policies, new int[0], null, stateOn, read);
    }

    private static RunResult run(Scenario scenario, long seed, PolicyStep.Factory policies, int[] checkDays, Checkpoint checkpoint,
                                 java.time.LocalDate stateOn, java.util.function.Consumer<StateReading> read) {
        long t0 = System.nanoTime();
        ChannelModel m = new ChannelModel(scenario, seed, policies);
        m.start();
        int total = m.warmup + scenario.days();
        int next = 0;
        for (int d = 0; d < total; d++) {
            m.schedule.step(m);
            int recorded = d - m.warmup;
            if (read != null && recorded >= 0 && m.date().equals(stateOn)) read.accept(StateReading.of(m, recorded));
            while (checkpoint != null && next < checkDays.length && checkDays[next] < recorded) next++;
            if (checkpoint != null && next < checkDays.length && checkDays[next] == recorded) {
                next++;
                RunResult soFar = new RunResult(scenario.name(), seed, scenario.start(), m.recorder.daily, Map.of(),
                        Map.of(), m.recorder.groupDaily, m.params.groupNames(), 0, 0, 0, Map.of());
                if (!checkpoint.carryOn(recorded, soFar)) {
                    m.finish();
                    return null;
                }
            }
        }
        RunResult r = m.result(System.nanoTime() - t0);
        m.finish();
        return r;
    }

    @Override
    public void start() {
        super.start();
        params = new Params(scenario);
        levers = new Levers();
        warmup = settings().run.warmupDays;
        firstDate = scenario.start().minusDays(warmup);
        launches = new LaunchBoard();
        gangs.clear();
        gangArray = new SmugglingGang[0];
        agentDays = steppedAgentDays = 0;
        gangSalt = Streams.salt(runSeed, Streams.Purpose.GANGS);
        // MASON's own generator is the INIT stream, used only to build the starting population: a rule
        // that draws from SimState.random after that would not share its numbers across policies, so new
        // rules take a purpose of their own in Streams
        random = Streams.of(runSeed, Streams.Purpose.INIT);
        initRng = random;
        weather = new Weather(Streams.of(runSeed, Streams.Purpose.WEATHER));
        europe = new Europe(Streams.of(runSeed, Streams.Purpose.EUROPE));
        arrivals = new Arrivals(Streams.of(runSeed, Streams.Purpose.INFLOW), params.groupCount());
        pool = new MigrantPool();
        flows = new DailyFlows(params.groupCount());
        publicCost = new PublicCost();
        tally = new DayTally(this, pool, flows);
        SplitMix64 homeDraws = new SplitMix64(Streams.of(runSeed, Streams.Purpose.HOME_OFFICE));
        asylum = new AsylumSystem(pool, settings, flows, homeDraws);
        campLife = new CampLife(pool, settings, flows, asylum, params.groupCount(),
                Streams.of(runSeed, Streams.Purpose.MIGRANTS), homeDraws);
        homeOffice = new HomeOffice();
        borderForce = new BorderForce(Streams.salt(runSeed, Streams.Purpose.SEA));
        gangMarket = new GangMarket(Streams.of(runSeed, Streams.Purpose.MARKET));
        recorder = new Recorder(scenario.days(), params.groupCount());
        policies = policyFactory.create(scenario);
        policies.apply(this, firstDate); // levers in force on the first day, before anyone is created
        police = new FrenchPolice(Streams.salt(runSeed, Streams.Purpose.POLICE), levers.officersTarget);
        observations = new Observations(params, new NewsNetwork(params, settings(), new SplitMix64(Streams.of(runSeed, Streams.Purpose.NETWORK))));
        recordStart = new RecordStart(params.groupCount(), warmup == 0);
        populate();

        // One day, in this order. This is the only place the order is written.
        day = List.of(
                new DayStep("Policy schedule", s -> policies.apply(this, date())), // dated changes; levers
                new DayStep("Weather", weather),             // crossing conditions
                new DayStep("Europe", europe),               // the EU may block the bilateral scheme
                new DayStep("Arrivals", arrivals),           // new people reach the camps
                new DayStep("Gangs plan launches", s -> planLaunches()), // boats, prices, today's launches
                new DayStep("French police", police),        // patrols; launches stopped on the beach or in shallow water
                new DayStep("Border Force", borderForce),    // at sea: incidents, French rescues, landings
                new DayStep("Home Office", homeOffice),      // today's allowances of returns, removals, legal places
                new DayStep("Camp life", campLife),          // in France: beliefs, boarding, decisions, legal route
                new DayStep("Asylum system", asylum),        // in the UK: claims, returns, removals, decisions
                new DayStep("Gang market", gangMarket),      // gangs learn, are dismantled, or enter
                new DayStep("Observations", observations),   // camps and communities take in the day
                new DayStep("End of day", s -> endOfDay()),  // bookkeeping of the work done
                new DayStep("Recorder", recorder));          // today's measures
        for (int k = 0; k < day.size(); k++) schedule.scheduleRepeating(0.0, k, day.get(k).step(), 1.0);
    }

    private void populate() {
        Settings s = settings();
        double scale = s.run.scale;
        int camps = Geography.CAMPS.size();
        int waiting = (int) Math.round(s.migrants.initialWaiting * scale);
        for (int k = 0; k < waiting; k++)
            pool.create(this, initRng, MigrantState.IN_CAMP, Arrivals.drawGroup(params, initRng.nextDouble()), initRng.nextInt(camps));
        int backlog = (int) Math.round(s.homeOffice.initialBacklog * scale);
        double mean = s.homeOffice.decisionDaysMean;
        pool.daily.reserve(backlog); // the backlog's records in one array, rather than grown by doubling
        for (int k = 0; k < backlog; k++) {
            int i = pool.create(this, initRng, MigrantState.UK_CLAIM, Arrivals.drawGroup(params, initRng.nextDouble()), 0);
            pool.setNextDay(i, (int) (initRng.nextDouble() * 2 * mean)); // decisions spread over the coming months
        }
        int n = (int) Math.max(1, Math.round(s.gangs.initialCount * scale));
        for (int k = 0; k < n; k++)
            addGang(initRng.nextInt(Geography.BEACHES.size()), 1 + initRng.nextInt(s.gangs.initialBoatsMax), s.gangs.basePrice);
    }

    private void planLaunches() {
        launches.clear();
        // the customers each gang competes for: places booked a day (smoothed, to yesterday) per gang operating
        double b = 0;
        int n = 0;
        for (SmugglingGang g : gangArray) if (g.alive) { b += g.bookingsPerDay; n++; }
        bookingsPerGang = n > 0 ? b / n : 0;
        for (SmugglingGang g : gangArray) g.step(this);
    }

    /** Places booked a day per gang operating (smoothed over gangs.memory_days), as of the start of today's planning. */
    public double bookingsPerGang() { return bookingsPerGang; }

    SmugglingGang addGang(int homeBeach, double boats, double price) {
        SmugglingGang g = new SmugglingGang(gangs.size(), homeBeach, boats, price);
        g.peoplePerBoat = settings().gangs.peoplePerBoatBase;
        g.knowHow = settings().gangs.adaptive ? settings().gangs.initialKnowHow : 0;
        g.taxiShare = settings().gangs.adaptive ? settings().gangs.initialTaxiShare : 0;
        gangs.add(g);
        gangArray = gangs.toArray(new SmugglingGang[0]);
        return g;
    }

    /** Bookkeeping after everyone moved: counts the work done. */
    private void endOfDay() {
        int t = (int) schedule.getSteps();
        if (t >= arrivalsByStep.length) {
            arrivalsByStep = java.util.Arrays.copyOf(arrivalsByStep, t * 2 + 1);
            returnsByStep = java.util.Arrays.copyOf(returnsByStep, t * 2 + 1);
        }
        arrivalsByStep[t] = flows.arrivals;
        returnsByStep[t] = flows.returned;
        // besides the migrants: the live gangs, and the police, Border Force, Home Office, weather, Europe, arrivals
        int others = liveGangs() + 6;
        agentDays += pool.size() + others;
        steppedAgentDays += flows.stepped + others; // less the claimants with nothing due today
        if (schedule.getSteps() + 1 == warmup) recordStart.mark(flows, arrivals);
    }

    /** Today's free seats on the gangs' boats (boarding). */
    Seats seats() { return seats; }

    /** Cumulative booking weights over gangs: a migrant picks a gang in proportion to its boats. */
    double[] gangBookingWeights() {
        if (bookingWeights.length != gangArray.length) bookingWeights = new double[gangArray.length];
        double s = 0;
        for (int k = 0; k < gangArray.length; k++) {
            SmugglingGang g = gangArray[k];
            if (g.alive) s += 1 + g.boats;
            bookingWeights[k] = s;
        }
        return s > 0 ? bookingWeights : new double[0];
    }

    /** Mean price of a place across operating gangs. */
    public double marketPrice() {
        double s = 0;
        int n = 0;
        for (SmugglingGang g : gangArray) if (g.alive) { s += g.price; n++; }
        return n > 0 ? s / n : settings().gangs.basePrice;
    }

    public int liveGangs() {
        int n = 0;
        for (SmugglingGang g : gangArray) if (g.alive) n++;
        return n;
    }

    @Override
    public double recentWeeklyArrivals() {
        int t = (int) schedule.getSteps(), from = Math.max(0, t - 28);
        double s = 0;
        for (int k = from; k < Math.min(t, arrivalsByStep.length); k++) s += arrivalsByStep[k];
        return t - from > 0 ? s * 7.0 / (t - from) : 0;
    }

    @Override
    public long returnedSince(LocalDate date) {
        int from = (int) Math.max(0, date.toEpochDay() - firstDate.toEpochDay());
        int t = (int) schedule.getSteps();
        long s = 0;
        for (int k = from; k < Math.min(t, returnsByStep.length); k++) s += returnsByStep[k];
        return s;
    }

    // ---- measures ----

    /** Today's value of every metric, in {@link Metric} order (each metric declares how it is read). */
    void measureToday(double[] row) {
        tally.take(launches, gangArray, publicCost, settings(), levers, police.getOfficers());
        for (Metric m : Metric.all()) row[m.ordinal()] = m.measure.of(tally);
    }

    RunResult result(long nanos) { return recordStart.result(this, flows, arrivals, nanos); }

    /** The mean believed chance of UK work among people in camps at the end of yesterday (what newcomers hear first). */
    double campJobBelief() {
        return flows.campCount > 0 ? flows.believedJobSum / flows.campCount : levers.jobChance;
    }

    CampLife campLife() { return campLife; }

    /** Today's flows, for the recorder. */
    DailyFlows flows() { return flows; }

    // ---- accessors (agents and GUI) ----

    public Scenario getScenario() { return scenario; }

    @Override
    public Params params() { return params; }

    @Override
    public Levers levers() { return levers; }

    @Override
    public boolean schemeBlocked() { return europe != null && europe.isBlocked(); }

    public Weather weather() { return weather; }

    public FrenchPolice police() { return police; }

    public BorderForce borderForce() { return borderForce; }

    public HomeOffice homeOffice() { return homeOffice; }

    public MigrantPool pool() { return pool; }

    public Observations observations() { return observations; }

    public Europe europe() { return europe; }

    public LaunchBoard launches() { return launches; }

    public List<SmugglingGang> gangs() { return java.util.Collections.unmodifiableList(gangs); }

    SmugglingGang[] gangArray() { return gangArray; }

    /** Salt of the gangs' draws, addressed by (day, gang) ({@link SplitMix64#keyed}). */
    long gangSalt() { return gangSalt; }

    /** Every parameter in force today as typed fields, one class per block (re-read only when they change). */
    @Override
    public Settings settings() { return settings.refresh(params); }

    public Recorder recorder() { return recorder; }

    /** People who reached the camps today. */
    public int arrivalsToday() { return arrivals.today; }

    /** People who chose another destination than the Channel today, upstream. */
    public int divertedToday() { return arrivals.divertedToday; }

    /** The public cost account, item by item (today's items, and totals over the recorded days). */
    public PublicCost publicCost() { return publicCost; }

    public int warmupDays() { return warmup; }

    /** Today's calendar date (dates before the scenario's start are the warm-up). */
    public LocalDate date() { return firstDate.plusDays(schedule.getSteps()); }

    /** Recorded day number, 1 on the scenario's start date (0 or less during the warm-up). */
    public long day() { return schedule.getSteps() - warmup + 1; }

    public long agentDays() { return agentDays; }

    /** The run's seed (every stream of the run is derived from it). */
    long runSeed() { return runSeed; }

    /** Agent-days of agents whose state was read that day: {@link #agentDays()} less the UK claimants left untouched. */
    public long steppedAgentDays() { return steppedAgentDays; }

    /** A view of live migrant k (0 <= k < pool().size()), for inspectors. */
    public Migrant migrant(int k) { return new Migrant(pool, k, params); }

    public static Double2D position(double lat, double lon) { return new Double2D(Geography.toX(lon), Geography.toY(lat)); }
}
