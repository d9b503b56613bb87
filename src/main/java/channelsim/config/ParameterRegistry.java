package channelsim.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter the model reads: key, type, default, unit, range, meaning, source. This list is the
 * single place a number enters the model; {@code channelsim describe} prints it and docs/ODD.md cites it.
 * Defaults are a plausible 2024 state of the Channel before calibration.
 */
public final class ParameterRegistry {

    private static final List<ParamSpec> ALL;
    /** The template key of every origin group's share, whose prior is a latent yearly series (the inflow's composition). */
    public static final String GROUP_SHARE = "migrants.groups.*.share";

    private static final Map<String, ParamSpec> BY_KEY;
    private static final Map<String, Prior> PRIORS;
    private static final Map<String, double[]> DISPLAY;

    /** Default origin groups and their attributes: share, return_agreement, uk_links, grant_rate, first_entry_record. */
    public static final List<String> DEFAULT_GROUPS = List.of(
            "afghan", "syrian", "iranian", "vietnamese", "eritrean", "sudanese", "iraqi", "albanian", "other");
    private static final double[][] DEFAULT_GROUP_VALUES = {
            // share, return_agreement, uk_links, grant_rate, first_entry_record
            {0.16, 0.00, 0.15, 0.60, 0.30},
            {0.12, 0.00, 0.12, 0.60, 0.30},
            {0.11, 0.00, 0.10, 0.50, 0.20},
            {0.11, 0.05, 0.10, 0.15, 0.05},
            {0.11, 0.00, 0.10, 0.85, 0.60},
            {0.09, 0.00, 0.10, 0.85, 0.60},
            {0.08, 0.00, 0.15, 0.30, 0.30},
            {0.01, 0.80, 0.20, 0.10, 0.05},
            {0.21, 0.00, 0.10, 0.35, 0.30},
    };
    /** Most origin groups a scenario may have: the migrant pool packs a group's index into 8 bits. */
    public static final int MAX_GROUPS = 256;

    public static final List<String> GROUP_ATTRIBUTES = List.of(
            "share", "return_agreement", "uk_links", "grant_rate", "first_entry_record");

    /** Default start of a lever that has no date of its own: before any simulated day, so always in force. */
    private static final String ALWAYS = "2000-01-01";
    /** The value of an end date left empty: no end within any horizon the model runs. */
    public static final LocalDate NO_END = LocalDate.of(2100, 12, 31);

    static {
        List<ParamSpec> l = new ArrayList<>();
        // --- run ---
        text(l, "name", "", "scenario name; also names the default output folder runs/<name>/", "file name when empty");
        text(l, "description", "", "one-line description shown in reports", "free text");
        date(l, "start", "2024-01-01", "first simulated calendar day", "calendar 2024 is the reference year");
        integer(l, "days", 366, "days", 1, 36500, "number of simulated days recorded", "one calendar year (2024 is a leap year)");
        integer(l, "warmup_days", 90, "days", 0, 3650, "days simulated before start and not recorded, so camps, beliefs and gangs are not empty on day 1", "about three months lets camp populations and beliefs settle (checked by eye on the waiting series)");
        integer(l, "seed", 1, "", 0, 9.0e15, "random seed of the run (a study derives one per replicate)", "any value; fixed for reproducibility");
        num(l, "scale", 1.0, "multiplier", 0.01, 100, "population multiplier: inflow, initial stocks, quotas and capacities scale with it", "1 = the real Channel");

        // --- migrants ---
        num(l, "migrants.inflow_per_day", 200, "people/day", 0, 1e5, "mean arrivals in northern France per day (before seasonality)", "set so 2024 gives about 37,000 crossings after prevention and giving up; calibrated by year in the history scenario");
        num(l, "migrants.inflow_seasonality", 0.35, "share", 0, 1, "relative amplitude of the yearly cycle of arrivals in northern France", "more people reach the coast in summer (Home Office monthly arrivals)");
        integer(l, "migrants.inflow_peak_day", 200, "day of year", 1, 366, "day of year of peak inflow", "July, the peak of overland arrivals");
        integer(l, "migrants.initial_waiting", 2000, "people", 0, 1e6, "people in the camps when the warm-up starts", "camp counts around Calais and Dunkirk reported at 1,000-3,000");
        num(l, "migrants.money_mean", 7000, "GBP", 0, 1e6, "mean money a migrant can raise on reaching the coast", "enough for one or two places at 2024 prices (press reports of £5,000-6,000 a place)");
        num(l, "migrants.money_spread", 0.5, "log-sd", 0, 3, "spread (log standard deviation) of money between migrants", "assumption: lognormal wealth");
        num(l, "migrants.income_per_day", 40, "GBP/day", 0, 1e4, "money a waiting migrant raises per day (remittances, informal work)", "assumption: a place takes a few months to fund from scratch");
        num(l, "migrants.waiting_cost_per_day", 150, "GBP/day", 0, 1e6, "hardship of each day spent in the camps saving for a place (evictions, cold, violence), in the units of the values below", "assumption; makes those who cannot afford a place for months move on");
        num(l, "migrants.stay_value", 60000, "GBP", 0, 1e8, "perceived value of being allowed to stay in the UK", "assumption, scaled against prices; free in calibration");
        num(l, "migrants.job_value", 40000, "GBP", 0, 1e8, "perceived value of illegal work in the UK if found (the pull factor)", "assumption; the 'false promise of jobs' in the seeds");
        num(l, "migrants.alternative_value", 45000, "GBP", 0, 1e8, "perceived value of giving up: claiming asylum in France or moving elsewhere in Europe", "assumption; free in calibration");
        num(l, "migrants.life_value", 400000, "GBP", 0, 1e9, "disutility of death used with the believed chance of dying at sea", "assumption");
        num(l, "migrants.risk_tolerance_mean", 0.7, "0-1", 0.01, 0.99, "mean risk tolerance (1 = ignores death risk)", "assumption: people who reach Calais have already taken large risks");
        num(l, "migrants.risk_tolerance_spread", 0.15, "sd", 0, 1, "spread of risk tolerance between migrants (clipped to 0.01-0.99)", "assumption");
        num(l, "migrants.own_failure_weight", 0.2, "share", 0, 1, "share by which one's own failed attempt lowers the believed chance of success", "one's own failure weighs more than hearsay");
        num(l, "migrants.return_shock", 0.5, "share", 0, 1, "share of the way to certainty that a returnee's believed return risk jumps", "a return is lived, not heard of");
        num(l, "migrants.prior_success", 0.5, "share", 0, 1, "share of attempts believed to succeed before any news (camps start with this)", "about half of attempts were stopped 2021-23");
        num(l, "migrants.prior_death", 0.002, "share", 0, 1, "share of attempts believed to end in death before any news", "tens of deaths in tens of thousands of attempts");
        num(l, "migrants.prior_weight", 20, "attempts", 0.001, 1e6, "how many attempts' worth of news the priors count for", "priors fade within weeks once boats go");
        num(l, "migrants.valuation_spread", 0.5, "log-sd", 0, 3, "spread of personal valuations of the UK (heterogeneity in motives)", "assumption");
        num(l, "migrants.booking_rate", 0.15, "1/day", 0, 1, "daily chance that a migrant who wants to cross and can pay books a place", "about a week from deciding to booking");
        num(l, "migrants.give_up_rate", 0.02, "1/day", 0, 1, "daily chance of giving up when crossing looks worse than the alternative", "camp stays of weeks to months");
        num(l, "migrants.belief_learning_rate", 0.05, "1/day", 0, 1, "how fast beliefs about success, return and death move towards what camp peers saw", "about three weeks to take in news");
        num(l, "migrants.network.hearing_rate", 0.1, "1/day", 0, 1, "daily chance that a migrant in a camp hears one story from a contact of its origin group's diaspora (people in the UK, returnees, people elsewhere in Europe)", "ASSUMED (calibration prior wanted): phones and messaging keep diasporas in touch; a story of a contact's fate every ten days or so");
        num(l, "migrants.network.story_weight", 0.2, "share", 0, 1, "how far one story of a contact sent away, or of one who stayed, moves the hearer's believed return risk", "ASSUMED (calibration prior wanted): with the hearing rate and the ring of news, a group takes in a new return regime over three to six months (Albanian arrivals fell over the months after December 2022)");
        num(l, "migrants.network.job_story_weight", 0.1, "share", 0, 1, "how far a contact's story of finding work in the UK, or not, moves the hearer's believed job chance", "pull factors change beliefs slowly (months): 0.1 stories a day x 0.1 = the former 1% a day");
        num(l, "migrants.network.announcement_weight", 0.05, "share", 0, 1, "share of the stories heard that are the official line (a return agreement as announced) rather than a contact's experience", "ASSUMED: announcements are heard but trusted less than people's own stories");
        integer(l, "migrants.network.diaspora_events", 10000, "events", 1, 1e8, "recent events (arrivals, people sent away) that circulate as stories, over all origin groups: each group's ring of news holds its share of them (scaled, at least 20)", "ASSUMED (calibration prior wanted): about three months of arrivals at 2024 rates; news older than that is retold less");
        integer(l, "migrants.network.upstream_stories", 10, "stories", 0, 1000, "stories of the diaspora a newcomer has heard on the way through Europe before choosing the Channel", "ASSUMED (calibration prior wanted): contacts along a journey of months");
        num(l, "migrants.prior_return", 0.02, "share", 0, 1, "believed chance of being sent away after arriving before any news (each group's ring of news starts with this share of people sent away)", "removals of small-boat arrivals were rare before 2023");
        num(l, "migrants.upstream_alternative_value", 45000, "GBP", 0, 1e8, "value of heading for another north-west European destination instead of the Channel, as judged upstream (from the journey through Europe)", "ASSUMED, as migrants.alternative_value at the coast; calibration prior wanted");
        num(l, "migrants.minor_share", 0.12, "share", 0, 1, "share of people who are minors (not returnable under one in, one out)", "ASSUMED: children are a sizeable minority of small-boat arrivals; no figure in the shared data");
        num(l, "migrants.return_money_loss", 1000, "GBP", 0, 1e7, "money a returnee loses by being returned to France (belongings, phone, the journey back to the coast)", "ASSUMED");
        num(l, "migrants.return_salience", 1.5, "multiplier", 0, 10, "weight given to returns and removals seen by peers when judging return risk", "vivid stories weigh more than rates; assumption");
        num(l, "migrants.returnee_learning_rate", 0.05, "1/day", 0, 1, "how fast a returnee's believed return risk moves towards its group's return rate among eligible arrivals (returns to France per arrival who passes the returns pipeline's eligibility: evidence of passage through France, no UK links, not a minor; plus removals per arrival), times migrants.return_salience, instead of towards its diaspora's overall news; 0: returnees learn from the diaspora's stories like everyone else", "ASSUMED (a prior): a returnee knows it passed eligibility once and meets other returnees in the camps every day, so it takes in the rate for cases like its own as camps take in success and death (belief_learning_rate, about three weeks)");
        num(l, "migrants.memory_days", 30, "days", 1, 3650, "time scale of what camps remember (exponential smoothing)", "about a month of word of mouth");
        num(l, "migrants.legal_wait_days", 120, "days", 1, 3650, "mean time a legal-route applicant waits before going back to the boats", "assumption");
        num(l, "migrants.onward_cost", 40000, "GBP", 0, 1e8, "perceived loss of being sent on to a first-entry state (Med Five)", "assumption: losing both the UK and the journey");

        // --- origin groups (templates) ---
        num(l, "migrants.groups.*.share", 0.0, "share", 0, 1, "share of arrivals in northern France from this origin group (shares are normalised)", "approximate nationality shares of 2024 small-boat arrivals (Home Office)");
        num(l, "migrants.groups.*.return_agreement", 0.0, "share", 0, 1, "share of this group's arrivals that can be returned to its country", "UK-Albania (2022) and Vietnam returns arrangements; 0 where none");
        num(l, "migrants.groups.*.uk_links", 0.1, "share", 0, 1, "share with UK family links, eligible for the legal route", "assumption, 10-20%");
        num(l, "migrants.groups.*.grant_rate", 0.5, "share", 0, 1, "share of decided asylum claims granted", "about 47% overall for 2024 small-boat arrivals; by nationality from Home Office grant rates");
        num(l, "migrants.groups.*.first_entry_record", 0.3, "share", 0, 1, "share with a fingerprint record in a Med Five first-entry state", "assumption; higher for routes through Italy");

        // --- gangs ---
        integer(l, "gangs.initial_count", 15, "gangs", 0, 1000, "smuggling gangs operating at the start (scaled)", "press and NCA reports of a dozen or more networks on the coast");
        integer(l, "gangs.max_count", 40, "gangs", 1, 10000, "most gangs that can operate at once (scaled)", "assumption");
        num(l, "gangs.base_price", 3000, "GBP/place", 0, 1e6, "the gang's margin on a place (price less the boat's cost per place) when bookings match capacity, with gangs.reference_bookings_per_day places booked a day per gang and no losses; demand, risk and competition move it (no longer set by year)", "assumed (a prior for calibration): prices of about EUR 3,000 (2018-21), GBP 2,800-4,000 (2022), GBP 1,500-3,500 (2023), GBP 3,000-6,000 (2024) in ../shared/data price_per_place_*");
        num(l, "gangs.price_adjust_rate", 0.05, "1/day", 0, 1, "how fast the price moves towards its target", "assumption: weeks");
        num(l, "gangs.demand_elasticity", 0.3, "", 0, 5, "price response to bookings relative to boat capacity", "assumption");
        num(l, "gangs.risk_premium", 1.0, "", 0, 10, "price rise per unit of the share of boats lost to enforcement", "enforcement raises prices (2024: £5,000-6,000)");
        num(l, "gangs.boat_cost", 1500, "GBP", 0, 1e6, "cost to a gang of a dinghy with engine", "about £1,000 or more (press)");
        num(l, "gangs.boat_supply_per_day", 0.27, "boats/day/gang", 0, 1000, "boats with engines the supply chain delivers a day per gang when gangs.reference_count gangs operate: the market's supply (this x reference_count, scaled) is shared among the gangs operating, so more gangs do not bring more boats", "about 1,300 boats used in 2024 (press) by about 15 gangs: 1,300 / 365 / 15 / (1 - supply_disruption)");
        integer(l, "gangs.boat_stock_max", 15, "boats", 1, 10000, "most boats a gang keeps in stock", "assumption");
        num(l, "gangs.people_per_boat_base", 42, "people", 1, 200, "most people a gang dares put in a boat with no enforcement pressure (losses raise it by crowding_response); the load itself follows the scarcity of boats against bookings", "assumed (a prior for calibration): 41-53 per boat in 2022-24 when boats were scarce");
        num(l, "gangs.people_per_boat_max", 85, "people", 1, 200, "most people a dinghy can be crowded with", "boats of 70-90 reported in 2024");
        num(l, "gangs.crowding_response", 0.6, "", 0, 10, "rise of the load a gang dares (gangs.people_per_boat_base) per unit of the recent share of its boats lost: against the risk of overloading, losses make crowding worth it", "assumed (a prior for calibration): 41 per boat in 2022 to 53 in 2024 as losses rose");
        bool(l, "gangs.adaptive", true, "gangs adapt: crowd boats, switch beaches, use taxi boats", "switch off to test the no-adaptation counterfactual");
        num(l, "gangs.beach_avoidance", 3.0, "", 0, 50, "how strongly gangs avoid beaches where police were recently", "launches moved south towards the Somme after 2022");
        num(l, "gangs.taxi_share_base", 0.02, "share", 0, 1, "least share of launches by taxi boat (picking people up in the water): the tactic gangs always try; adaptive gangs use more when taxi boats get through more often than beach launches (gangs.taxi_response)", "assumption: a few taxi boats before 2023, when they became common (no longer switched on by date)");
        num(l, "gangs.taxi_response", 0.42, "share per log-ratio", 0, 10, "rise of the taxi-boat share per unit of the log of the ratio between the recent share of a gang's taxi boats that got through and that of its beach-launched boats (neither stopped on land nor in shallow water): a gang pays per boat and is paid per place delivered, so it weighs the boats each method needs per place", "point fit (the prevention share: up with the officers of 2021, eroded by 2023 as taxi boats spread); a prior for the Bayesian calibration");
        num(l, "gangs.taxi_evasion", 0.6, "share", 0, 1, "chance a taxi-boat launch escapes beach prevention", "police cannot act once people are in the water (pre-doctrine rules)");
        num(l, "gangs.taxi_adoption_days", 180, "days", 1, 3650, "time scale over which a gang's taxi-boat share moves towards what its losses favour (gangs.taxi_response): taxi boats need boats staged up rivers and canals, drivers and pick-up points, so the method spreads over months after beach launches start being stopped more often", "ASSUMED (a prior; fitted in the point fit): taxi boats were first reported in 2022 and were the main method by 2023-2024, one to two years after the officers of November 2020 and 2021");
        num(l, "gangs.entry_profit_per_day", 4000, "GBP/day", 0, 1e9, "average gang profit per day above which new gangs enter", "assumption");
        num(l, "gangs.entry_rate", 0.02, "1/day", 0, 1, "daily chance a new gang enters while it pays", "assumption");
        num(l, "gangs.dismantle_rate", 0.002, "1/day", 0, 1, "daily chance a gang is dismantled by arrests at 1,000 officers", "NCA and French arrests; about half the gangs replaced each year");
        num(l, "gangs.free_retry_share", 0.6, "share", 0, 1, "chance a stopped passenger keeps a free place for the next launch", "smugglers commonly sell a place with retries");
        num(l, "gangs.supply_disruption", 0.1, "share", 0, 1, "share of the gangs' boat and engine supply seized upstream (in transit through Europe)", "about 10%: 125 boats and 128 engines seized in Bulgaria in the 12 months to September 2024 (NCA, ../shared/data nca_boats_seized_bulgaria_12m) against about 1,300 boats launched a year");
        num(l, "gangs.min_load", 0.8, "share", 0, 1, "least load, as a share of the planned people per boat, for which a gang sends a boat", "gangs send full boats; the rest wait");
        num(l, "gangs.home_beach_decay", 0.5, "per beach", 0, 10, "how fast a gang's preference falls with the number of beaches from its home beach", "networks work the stretch of coast they know");
        integer(l, "gangs.initial_boats_max", 5, "boats", 1, 1000, "gangs start with 1 to this many boats", "assumption");
        integer(l, "gangs.entry_boats", 2, "boats", 0, 1000, "boats a new gang starts with", "assumption");
        integer(l, "gangs.max_launches_per_day", 2, "boats/day", 1, 1000, "most boats one gang can put to sea in a day (drivers, vans, lookouts)", "bounds the surges after storms: the busiest day on record is 1,295 people (22 Aug 2022)");
        num(l, "gangs.launch_quality_threshold", 0.15, "0-1", 0, 1, "least crossing quality at which gangs launch", "launches cluster on calm days");
        num(l, "gangs.memory_days", 14, "days", 1, 3650, "time scale over which gangs remember losses and police presence", "assumption: two weeks");
        num(l, "gangs.know_how_learning", 0.004, "per boat stopped", 0, 1, "share of the way to full know-how (launch points spread, flotillas, waterways) a gang learns from each of its boats stopped", "assumed, drives the arms race (a prior for calibration): prevention fell from about 56% (2021-22) to 45% (2023) while officers rose (MODEL-BRIEF s.5); a gang losing about 100 boats a year gets a third of the way in a year");
        num(l, "gangs.know_how_inheritance", 0.5, "share", 0, 1, "share of the operating gangs' mean know-how (launch points spread, flotillas, waterways) a new gang brings with it", "assumption: people move between networks, but a new network learns the coast's patrols itself");
        num(l, "gangs.method_inheritance", 1.0, "share", 0, 1, "share of the operating gangs' mean taxi-boat share and depth of taxi pick-ups a new gang starts with", "assumption: drivers, boats staged up rivers and canals, and pick-up points are hired across networks (as for gangs.deep_pickup_from_others), so a new network uses the trade's methods; below 1, the turnover of gangs (about half replaced each year, gangs.dismantle_rate) undoes part of the trade's adaptation each year");
        num(l, "gangs.initial_know_how", 0, "0-1", 0, 1, "know-how of the gangs operating at the start", "0: the history starts in 2018 before any arms race; calendar scenarios start from the fitted history's mean on their first day (written by calibrate --write-scenario)");
        num(l, "gangs.initial_taxi_share", 0, "share", 0, 0.9, "share of their launches the gangs operating at the start have set up for taxi boats (each gang's taxi-boat share then moves from it over gangs.taxi_adoption_days)", "0: no taxi boats before 2022 (the history starts in 2018); calendar scenarios start from the fitted history's mean on their first day (written by calibrate --write-scenario); 0.9 is the most the gangs' rule reaches");
        num(l, "gangs.spread_with_know_how", 0.8, "share", 0, 1, "share by which full know-how weakens the pull of the home beach (gangs.home_beach_decay), spreading launches along the coast", "launch points spread south towards the Somme after 2022 (press)");
        num(l, "gangs.flotilla_extra_launches", 2, "boats/day", 0, 100, "extra boats a day a gang with full know-how launches together from one beach (with chance = know-how its day's boats leave from one beach)", "several boats launched at once to overwhelm patrols (press, 2023-24)");
        num(l, "gangs.deep_pickup_learning", 0.5, "per boat stopped", 0, 1, "share of the way to deep_pickup_max that a gang's taxi pick-ups move out to sea after each of its boats stopped in shallow water (new gangs bring method_inheritance of the trade's mean)", "assumption: moving the pick-up point is quick to learn");
        num(l, "gangs.deep_pickup_from_others", 0.5, "share", 0, 1, "what another gang's boat stopped in shallow water teaches a gang about moving its pick-ups out, as a share of what its own boat stopped teaches", "assumption: drivers work for several networks and the interventions are filmed and shared; 0 = each gang learns only from its own boats");
        num(l, "gangs.deep_pickup_max", 0.9, "share", 0, 1, "most of the shallow-water reach (of the maritime doctrine) that taxi boats picking people up further out escape", "interventions are limited to shallow water, about 300 m out (French doctrine as reported 2025)");
        num(l, "gangs.competition_elasticity", 0.1, "exponent", 0, 5, "the margin scales as (places booked a day per gang operating / gangs.reference_bookings_per_day) to this power: gangs compete for the customers there are, so more gangs for the same people, or fewer people at the coast for the same gangs, lower prices", "assumed (a prior for calibration): the 2023 price war (GBP 1,500-3,500) when arrivals fell by a third (Albanians stopped coming after December 2022) while the gangs of the 2022 boom stayed; the low 2020 prices (about EUR 3,000) when a few thousand people a year were spread over a dozen networks");
        num(l, "gangs.reference_count", 15, "gangs", 1, 10000, "number of gangs among which the supply chain's boats are counted (gangs.boat_supply_per_day x this, scaled, is the market's supply, shared among the gangs operating)", "about the number operating in 2024 (gangs.initial_count)");
        num(l, "gangs.reference_bookings_per_day", 10, "people/day/gang", 0.01, 1e6, "places booked a day per gang (new bookings and free retries) at which competition leaves the margin at gangs.base_price", "a normalisation, not a measured figure (only its ratio to base_price matters, and base_price is fitted): about 2024's level, 37,000 arrivals and some 25,000 stopped attempts re-booked over about 15 gangs, roughly 11 a day");
        num(l, "gangs.load_planning_days", 14, "days", 0.1, 3650, "days over which a gang plans to use up its boats in stock: people per boat = bookings a day / (boats bought a day + boats in stock / these days), between min_people_per_boat and the load it dares", "assumed (a prior for calibration): a fortnight, the gangs' memory");
        num(l, "gangs.min_people_per_boat", 6, "people", 1, 200, "fewest people a gang puts in a boat", "7 per boat in 2018, when boats were plentiful (MODEL-BRIEF s.5)");
        num(l, "gangs.exit_rate", 0.01, "1/day", 0, 1, "daily chance that a gang whose smoothed profit is below zero leaves the business", "assumption: gangs leave within months once it stops paying");

        // --- weather ---
        num(l, "weather.red_share_winter", 0.40, "share", 0, 1, "share of red days (crossing unlikely) at the stormiest time of year (weather.red_peak_day)", "assumed, set with red_share_summer, red_peak_day and calm_spell_factor so that January-April has about 26 red days (record 27, 23, 27 in 2022-24: Home Office 'Small boat arrivals and the impact of crossing conditions', ../shared/data red_days_jan_apr) and July-December about 47 (record 50 in 2023, 82 in 2024: red_days_since_july); a year has about 80 (record 102-109 by financial year: red_days_financial_year, under-reproduced)");
        num(l, "weather.red_share_summer", 0.14, "share", 0, 1, "share of red days at the calmest time of year, half a year from weather.red_peak_day", "assumed with red_share_winter (see there): few red days in late spring and early summer");
        num(l, "weather.red_peak_day", 320, "day of year", 1, 366, "day of the year when red days are likeliest (the seasonal cycle of red days peaks here)", "assumed: more red days in July-December than in January-April in the record (red_days_since_july 50-82 against red_days_jan_apr 23-27), so the stormy peak is in late autumn (mid-November)");
        num(l, "weather.amber_quality", 0.35, "0-1", 0, 1, "crossing quality below which a crossable day counts as amber (crossing possible but less likely) rather than green", "assumption: the Home Office's amber band; gangs launch fewer boats on amber days");
        num(l, "weather.calm_spell_factor", 1.5, "multiplier", 1, 20, "how many times longer a green (calm) spell lasts than a red or amber one", "assumption: calm high-pressure spells last longer than storms and bring the surges (busiest day 1,295 people, 22 Aug 2022)");
        num(l, "weather.spell_days", 3, "days", 1, 100, "mean length of a weather spell", "weather systems last a few days");
        num(l, "weather.quality_winter", 0.35, "0-1", 0, 1, "mean crossing quality on a crossable winter day", "cold sea and wind; fewer launches in winter");
        num(l, "weather.quality_spread", 0.6, "0-1", 0, 2, "width of the even spread of crossing quality around the seasonal mean", "assumption: calm and marginal days both occur in every season");
        num(l, "weather.quality_summer", 0.8, "0-1", 0, 1, "mean crossing quality on a crossable summer day", "most crossings on calm summer days");

        // --- sea ---
        num(l, "sea.incident_rate", 0.025, "1/boat", 0, 1, "chance a boat at sea has a fatal incident when crowding is at its threshold", "set so 2024 gives deaths of the order of 70");
        num(l, "sea.crowding_threshold", 55, "people", 1, 200, "people per boat at which incidents become likely", "deaths rose sharply with crowding in 2024 (crush and drowning)");
        num(l, "sea.crowding_width", 5, "people", 0.1, 100, "width of the crowding response", "assumption");
        num(l, "sea.bad_weather_risk", 2.0, "multiplier", 0, 100, "extra incident risk at the worst crossable weather", "assumption");
        num(l, "sea.survivors_to_uk", 0.5, "share", 0, 1, "share of boats with a fatal incident whose survivors are landed in the UK (the rest are taken back to France)", "incidents happen on both sides of the median line");
        num(l, "sea.deaths_share", 0.06, "share", 0, 1, "share of people aboard who die in a fatal incident", "typical incidents kill a few of 50-70 aboard");
        num(l, "sea.taxi_incident_factor", 1.3, "multiplier", 0, 20, "incident risk at sea of a taxi boat relative to a boat launched from the beach", "assumption: taxi boats come from estuaries and canals, spend longer at sea and take on people in the water");
        num(l, "sea.crush_rate", 0.01, "1/boat", 0, 1, "chance of a deadly crush as a crowd boards a dinghy loaded at sea.crush_threshold", "assumption: several 2024 deaths were crushes in overloaded boats at embarkation (e.g. five dead in a boat of over 100, Wimereux, 23 April 2024, press); of the order of 10 a year at 2024 loads");
        num(l, "sea.crush_threshold", 60, "people", 1, 300, "people per boat at which a crush at embarkation becomes likely (the response has the width sea.crowding_width)", "assumption: crushes reported in boats of 60 and more");
        num(l, "sea.crush_deaths_share", 0.04, "share", 0, 1, "mean share of the others aboard who die in a crush", "assumption: a crush kills a few of those aboard");
        num(l, "sea.taxi_pickup_rate", 0.004, "1/boat", 0, 1, "chance that someone drowns wading or swimming out to a taxi boat, per taxi boat in calm weather (higher in poor weather by sea.bad_weather_risk)", "assumption: pick-up drownings reported 2023-24; a few a year");
        num(l, "sea.pickup_deaths_share", 0.02, "share", 0, 1, "mean share of the others picked up who die in a fatal pick-up", "assumption");
        bool(l, "sea.deaths_embarkation", true, "deaths in crushes at embarkation happen (false removes the cause)", "switch for studies of each cause");
        bool(l, "sea.deaths_at_sea", true, "deaths in incidents at sea happen (false removes the cause)", "switch for studies of each cause");
        bool(l, "sea.deaths_intervention", true, "deaths in French shallow-water interventions happen (false removes the cause)", "switch for studies of each cause");
        bool(l, "sea.deaths_taxi_pickup", true, "deaths in taxi-boat pick-ups happen (false removes the cause)", "switch for studies of each cause");

        // --- French police ---
        num(l, "policies.french_police.officers", 900, "officers", 0, 1e5, "French officers deployed on the coast", "about 200 before 2021, 600-650 from 2021, about 1,200 by mid-2025");
        num(l, "policies.french_police.prevention_max", 0.8, "share", 0, 1, "most launches from one beach that police can stop", "never all: long coast, night launches");
        num(l, "policies.french_police.half_saturation", 4, "officers/km", 0.01, 1e4, "officers per km of coast at which prevention is half its maximum (diminishing returns)", "set so 600-1,000 officers stop about half of attempts (56% 2021-22, 45% 2023)");
        num(l, "policies.french_police.patrol_adaptation", 0.5, "share", 0, 1, "share of officers sent where launches were recently (rest spread by coast length)", "patrols follow launches");
        bool(l, "policies.french_police.maritime_doctrine", false, "police may stop boats and taxi boats in shallow water", "the hoped-for French 'maritime doctrine' (2025)");
        num(l, "policies.french_police.shallow_water_rate", 0.3, "share", 0, 1, "under the doctrine, share of boats stopped in shallow water at full patrol strength", "assumption: slashing dinghies before they leave the shallows");
        num(l, "policies.french_police.shallow_water_taxi_factor", 1.0, "multiplier", 0, 10, "shallow-water stop rate of taxi boats relative to shallow_water_rate, before they learn to pick people up further out (gangs.deep_pickup_*)", "assumption (a prior): the doctrine targets taxi boats, but boats launched from the beach load in the same shallows; equal exposure until taxi pick-ups move out");
        num(l, "policies.french_police.shallow_water_boat_factor", 0.75, "multiplier", 0, 10, "shallow-water stop rate of boats launched from the beach relative to shallow_water_rate", "loaded boats leaving the beach are harder to stop safely");
        num(l, "policies.french_police.shallow_water_harm", 0.01, "1/boat", 0, 1, "chance a shallow-water intervention causes a death", "risk of harm raised by French unions");
        num(l, "policies.french_police.rescue_share", 0.05, "share", 0, 1, "share of boats at sea turned back to France in rescue operations", "French rescues of boats in distress");
        num(l, "policies.french_police.reallocation_days", 30, "days", 1, 3650, "time scale over which patrols follow launches to other beaches and to the waterways behind them (the police's delay in the arms race)", "assumption: a month to notice a new launch point and move patrols");
        num(l, "policies.french_police.launches_per_officer_day", 0.05, "boats/officer/day", 0, 100, "launches a day that one officer's share of a beach patrol can deal with: more boats from one beach in a day dilute each one's chance of being stopped", "assumption: about 20 officers across shifts per launch dealt with; boats launched together overwhelm patrols (press)");
        num(l, "policies.uk_funding.gbp_million_per_year", 160, "GBP m/year", 0, 1e5, "UK funding to France for policing the coast", "£476m for 2023-26");
        num(l, "policies.uk_funding.baseline_gbp_million", 160, "GBP m/year", 0, 1e5, "funding already reflected in the officer count", "2023-26 deal");
        num(l, "policies.uk_funding.officers_per_gbp_million", 3, "officers per GBP m/year", 0, 1e4, "extra officers bought by each extra £1m a year", "about 500 extra officers for about £160m a year");
        num(l, "policies.uk_funding.hiring_delay_days", 180, "days", 1, 3650, "time for funding to become officers on the beaches", "recruiting and training take months");

        // --- UK Home Office and Border Force ---
        integer(l, "home_office.initial_backlog", 40000, "people", 0, 1e7, "small-boat arrivals awaiting an asylum decision at the start (scaled)", "backlog about 175,000 in 2023, down in 2024; small-boat share");
        num(l, "home_office.decision_days_mean", 300, "days", 1, 3650, "mean time to an initial asylum decision", "backlog of about a year");
        num(l, "home_office.fast_track_days", 45, "days", 1, 3650, "time to decide and remove an arrival from a country with a return agreement", "Albanian fast track from 2023");
        num(l, "home_office.abscond_rate", 0.002, "1/day", 0, 1, "daily chance a refused asylum seeker absconds", "assumption");
        num(l, "home_office.support_cost_per_day", 100, "GBP/day", 0, 1e5, "asylum support and hotel cost per person awaiting a decision", "hotels about £2.1bn a year (2024-25)");
        num(l, "home_office.cost_per_arrival", 2000, "GBP", 0, 1e7, "Border Force rescue, landing and processing per arrival", "assumption");
        num(l, "home_office.returns.referrals_per_return", 1.5, "people/return", 0, 100, "arrivals the Home Office refers to the returns pipeline per place in the weekly quota (it refers more than the quota because some cases fail)", "ASSUMED: a case-working margin");
        num(l, "home_office.returns.evidence_share", 0.8, "share", 0, 1, "share of referred arrivals with evidence of passage through France (a condition of return)", "ASSUMED: Eurodac hits and French records are incomplete");
        integer(l, "home_office.returns.detention_places", 300, "places", 0, 1e7, "detention places for people awaiting return to France (scaled)", "ASSUMED: a share of the UK detention estate (about 2,000 places)");
        num(l, "home_office.returns.identification_days", 10, "days", 0, 3650, "mean time to identify a detained arrival and agree the case with France", "ASSUMED: the 2025 pilot took weeks from arrival to the first returns");
        num(l, "home_office.returns.challenge_share", 0.5, "share", 0, 1, "share of detained people who challenge their return in the courts (or claim to be trafficked)", "ASSUMED: injunctions and modern-slavery claims delayed the first returns in September 2025");
        num(l, "home_office.returns.challenge_days", 28, "days", 0, 3650, "mean time a challenge and its appeal take", "ASSUMED");
        num(l, "home_office.returns.challenge_success", 0.3, "share", 0, 1, "share of challenges that succeed: the person is released back into the asylum system", "ASSUMED");
        integer(l, "home_office.returns.partner_acceptance_per_week", 1000, "people/week", 0, 1e7, "most returns France accepts in a week (scaled)", "ASSUMED: French processing capacity; the pilot agreed about 50 a week");
        bool(l, "home_office.returns.second_claim_inadmissible", true, "a returnee who crosses again has an inadmissible claim and goes straight to the returns pipeline (within the quota)", "the 2025 treaty: people returned who try again are returned first");

        // --- one in, one out ---
        bool(l, "policies.one_in_one_out.enabled", false, "UK returns some recent arrivals to France and admits the same number with UK links", "UK-France treaty, announced 10 July 2025");
        date(l, "policies.one_in_one_out.start", "2025-08-06", "date the returns begin", "in force 6 August 2025");
        num(l, "policies.one_in_one_out.returns_per_week", 50, "people/week", 0, 1e6, "returns to France a week (scaled)", "about 50 a week in the pilot (Le Monde)");
        integer(l, "policies.one_in_one_out.eligibility_days", 30, "days", 1, 3650, "arrivals landed within this many days can be selected for return", "returns must follow arrival quickly");
        num(l, "policies.one_in_one_out.legal_intake_ratio", 1.0, "people/return", 0, 100, "people admitted by the legal route per person returned", "one in for each one out");
        num(l, "policies.one_in_one_out.scale_up_to", 0, "people/week", 0, 1e6, "returns a week after a successful proof of concept (0: never scaled)", "'scaled up after a proof of concept'");
        integer(l, "policies.one_in_one_out.review_days", 90, "days", 1, 3650, "length of the pilot before the scale-up review", "assumption: a quarter");
        num(l, "policies.one_in_one_out.proof_of_concept_delivery", 0.8, "share", 0, 1, "share of planned returns that must have been carried out for scale-up", "assumption");
        num(l, "policies.one_in_one_out.proof_of_concept_drop", 0.0, "share", 0, 1, "fall of weekly arrivals (vs the weeks before start) also required for scale-up", "assumption; 0 = not required");
        num(l, "policies.one_in_one_out.cost_per_return", 20000, "GBP", 0, 1e8, "cost of detaining and returning one person to France", "assumption (detention, escorts, flights)");
        bool(l, "policies.return_all.enabled", false, "every small-boat arrival is returned to France", "critics: only returning every arrival would deter");
        date(l, "policies.return_all.start", "2025-08-06", "date returning every arrival begins", "as one in, one out");
        num(l, "policies.return_all.capacity_per_week", 1e6, "people/week", 0, 1e9, "most returns a week under return-all (scaled)", "unlimited by default");
        num(l, "policies.return_all.detention_places", 5000, "places", 0, 1e8, "detention places added for people awaiting return while every arrival is returned (scaled)", "ASSUMED: a programme sized for about 100 eligible arrivals a day held three to four weeks");
        num(l, "policies.return_all.partner_acceptance_per_week", 1e6, "people/week", 0, 1e9, "returns a week France agrees to accept beyond home_office.returns.partner_acceptance_per_week while every arrival is returned (scaled)", "the scenario assumes France takes everyone eligible");

        // --- pull factors and removals ---
        num(l, "policies.illegal_working.enforcement", 1.0, "x 2025 level", 0, 20, "illegal-working enforcement (arrests), 1.0 = 2025 level", "arrests up about half in 2025 on 2024");
        num(l, "policies.illegal_working.job_chance_base", 0.8, "share", 0, 1, "chance of finding illegal work in the UK with no enforcement", "assumption");
        num(l, "policies.illegal_working.effect", 0.5, "per unit", 0, 20, "job chance falls as exp(-effect x enforcement)", "assumption");
        bool(l, "policies.returns_hubs.enabled", false, "refused asylum seekers are removed to hubs in third countries", "returns hubs discussed 2025");
        date(l, "policies.returns_hubs.start", "2025-08-06", "date hub removals begin", "assumption");
        num(l, "policies.returns_hubs.capacity_per_week", 100, "people/week", 0, 1e6, "hub removals a week (scaled)", "assumption");
        num(l, "policies.returns_hubs.cost_per_removal", 30000, "GBP", 0, 1e8, "cost of one removal to a hub", "assumption");
        integer(l, "policies.third_country_removal.eligibility_days", 60, "days", 1, 3650, "arrivals landed within this many days can be removed", "inadmissibility decisions soon after arrival");
        bool(l, "policies.third_country_removal.enabled", false, "Rwanda-like scheme: arrivals are removed to a third country whatever their claim", "UK-Rwanda scheme, 2022-24");
        date(l, "policies.third_country_removal.start", "2025-08-06", "date removals begin", "assumption");
        num(l, "policies.third_country_removal.capacity_per_week", 10, "people/week", 0, 1e6, "removals a week (scaled)", "Rwanda capacity of a few hundred a year");
        num(l, "policies.third_country_removal.cost_per_removal", 150000, "GBP", 0, 1e9, "cost of one removal", "Rwanda scheme cost per person reported in the hundreds of thousands");

        // --- Europe ---
        bool(l, "policies.med_five_transfer.enabled", false, "France sends returnees with a first-entry record on to Italy, Spain, Greece, Malta or Cyprus", "Med Five letter to the Commission, July 2025");
        num(l, "policies.med_five_transfer.transfer_share", 0.5, "share", 0, 1, "share of returnees with a first-entry record who are sent on", "assumption");
        bool(l, "policies.eu_suspension.enabled", false, "the EU suspends the bilateral scheme on a date", "Commission intervention, July 2025");
        date(l, "policies.eu_suspension.date", "2026-01-01", "date the scheme is suspended", "assumption");
        num(l, "policies.eu_suspension.hazard_per_year", 0.0, "1/year", 0, 100, "yearly chance the EU blocks the scheme at a random date once it runs", "assumption; 0 = never at random");

        // --- when each lever is in force: every block under policies. has a start and an end ---
        date(l, "policies.french_police.start", ALWAYS, "first day the maritime doctrine may apply (officers follow the timeline, not this window)", "default: from the first simulated day");
        dateOrNone(l, "policies.french_police.end", "last day the maritime doctrine applies; empty: no end");
        date(l, "policies.uk_funding.start", ALWAYS, "first day funding above the baseline buys officers", "default: from the first simulated day");
        dateOrNone(l, "policies.uk_funding.end", "last day funding above the baseline buys officers (then funding is at the baseline); empty: no end");
        dateOrNone(l, "policies.one_in_one_out.end", "last day of returns under one in, one out; empty: no end");
        dateOrNone(l, "policies.return_all.end", "last day every arrival is returned; empty: no end");
        date(l, "policies.illegal_working.start", ALWAYS, "first day of this enforcement level (before it, enforcement is at the 2025 level, 1.0)", "default: from the first simulated day");
        dateOrNone(l, "policies.illegal_working.end", "last day of this enforcement level (after it, the 2025 level, 1.0); empty: no end");
        dateOrNone(l, "policies.returns_hubs.end", "last day of hub removals; empty: no end");
        dateOrNone(l, "policies.third_country_removal.end", "last day of third-country removals; empty: no end");
        date(l, "policies.med_five_transfer.start", ALWAYS, "first day returnees may be sent on to a Med Five state", "default: from the first simulated day");
        dateOrNone(l, "policies.med_five_transfer.end", "last day of onward transfers; empty: no end");
        date(l, "policies.eu_suspension.start", ALWAYS, "first day a suspension (on its date or at random) can hold", "default: from the first simulated day");
        dateOrNone(l, "policies.eu_suspension.end", "last day a suspension holds (the scheme resumes after it); empty: no end");

        // --- what each lever costs the UK (public_cost_by_item) ---
        num(l, "policies.french_police.uk_cost_per_officer_year", 175000, "GBP/officer-year", 0, 1e8, "UK money per French officer on the coast and year (pay, patrol vehicles, drones)", "£476m for 2023-26, about £160m a year, for about 900 officers on the coast");
        num(l, "policies.french_police.doctrine_cost_per_year", 30e6, "GBP/year", 0, 1e11, "UK cost of the maritime doctrine while it is in force: boats, crews and equipment for shallow-water interventions", "assumption, of the order of the maritime part of the 2025 UK-France package; not measured");
        num(l, "policies.illegal_working.cost_per_year", 100e6, "GBP/year", 0, 1e11, "yearly cost of illegal-working enforcement at the 2025 level (scales with enforcement)", "assumption: Immigration Enforcement's visits and arrests; not measured");
        num(l, "policies.one_in_one_out.cost_per_legal_admission", 10000, "GBP", 0, 1e8, "cost of admitting one person by the legal route (checks, travel, first months of support)", "assumption");
        num(l, "policies.returns_hubs.fixed_cost_per_year", 50e6, "GBP/year", 0, 1e11, "payments to host countries while returns hubs operate, whatever the removals", "assumption, by analogy with the Rwanda scheme's fixed payments");
        num(l, "policies.third_country_removal.fixed_cost_per_year", 100e6, "GBP/year", 0, 1e11, "payments to the third country while the scheme runs, whatever the removals", "about £290m paid to Rwanda over 2022-24 (National Audit Office, 2024)");

        // --- priors: what is believed before the 2018-2024 record is seen, for every parameter the calibration
        // may move (models/targets/channel-2018-2024.yaml names which). Shown by describe and in docs/ODD.md.
        Map<String, Prior> pr = new LinkedHashMap<>();
        pr.put("migrants.inflow_per_day", Prior.logRandomWalk(3, 1.5, 1.0, 2000,
                "a latent yearly series driven by wars and routes far away: 2018 is wide around a few people a day; arrivals grew up to sixfold a year in 2018-2021 and fell by a third in 2023, so a yearly log-step of sd 1 allows such changes without favouring them; at most 2,000 a day (730,000 a year, about the whole of the 2015 sea arrivals to Europe)"));
        pr.put("gangs.people_per_boat_base", Prior.uniform(25, 60,
                "the most people a gang dares put in a boat with no enforcement pressure (issue 14: the yearly loads come from the gangs' rule, the scarcity of boats against bookings): between the 2021 mean load (28) and above the 2024 one (53)"));
        pr.put("gangs.know_how_learning", Prior.logUniform(0.0005, 0.03,
                "wide: how fast gangs learn from boats stopped is not measured; it drives the arms race (the prevention share fell from about 56% in 2021-22 to 45% in 2023 while officers rose)"));
        pr.put("gangs.taxi_response", Prior.uniform(0.05, 2,
                "wide: how strongly gangs move to taxi boats as a taxi boat gets through more often than a beach launch is not measured: from barely (0.05: a taxi boat twenty times as likely to get through moves the share by 0.15) to the most the share allows (2)"));
        pr.put("gangs.method_inheritance", Prior.uniform(0.5, 1,
                "how much of the trade's taxi-boat methods a new network takes over is not reported: from half (a new network sets up its own boats and drivers) to all (it hires the trade's)"));
        pr.put("gangs.taxi_adoption_days", Prior.logUniform(30, 730,
                "how long gangs take to set up taxi boats (boats staged inland, drivers, pick-up points) is not measured: from a month to two years (taxi boats were reported from 2022 and dominant by 2023-2024)"));
        pr.put("migrants.return_shock", Prior.uniform(0.2, 1,
                "wide: how sure a returnee becomes that a second crossing ends in a second return is not surveyed; it sets how often returnees cross again (the merry-go-round)"));
        pr.put("migrants.returnee_learning_rate", Prior.logUniform(0.01, 0.3,
                "how fast a returnee takes in the return rate of cases like its own is not surveyed: from months to a few days (no returns to France before August 2025, so the record cannot fit it: a study carries it as uncertainty)"));
        pr.put("policies.french_police.shallow_water_taxi_factor", Prior.uniform(0.5, 2,
                "the doctrine targets taxi boats, but beach launches load in the same shallows: their relative exposure is not reported (the doctrine began after 2024, so the record cannot fit it: a study carries it as uncertainty)"));
        pr.put(GROUP_SHARE, Prior.logRandomWalk(0.1, 1.5, 1.0, 1,
                "a latent yearly series per origin group (the composition of what reaches northern France, driven by wars, visas and routes far away): the first year is lognormal around the scenario's share of the group (the 0.1 here stands for it; log-sd 1.5, as Iranians were 80% of 2018's few hundred arrivals against 11% of 2024's); nationality shares of small-boat arrivals moved by up to a factor ten in a year (Albanians 3% of 2021 to 28% of 2022, Vietnamese 1% of 2022 to 10% of 2024), so a yearly log-step of sd 1 allows such shifts without favouring them. The shares are weights against the groups left out of the series (the others, with no nationality series in the record), which keep the scenario's share"));
        pr.put("migrants.inflow_seasonality", Prior.uniform(0.05, 1.0,
                "monthly arrivals peak from late spring to autumn (in 2022, 143 in February against 8,631 in August), but how much of that is weather and how much the flow reaching the coast is unknown: anywhere from a flat flow to none at the trough"));
        pr.put("migrants.inflow_peak_day", Prior.uniform(150, 290,
                "monthly arrivals peaked from August to October in 2021-2024 (Home Office SB_01), after the calmest weeks; whether the flow reaching the coast peaks in June or in October is unknown"));
        pr.put("migrants.return_salience", Prior.logUniform(0.1, 10,
                "wide: unknown; no survey measures how much a peer's return weighs against the true rate (a tenth to ten times)"));
        pr.put("migrants.stay_value", Prior.logUniform(10000, 300000,
                "wide: unknown; from about two prices of a place to a decade of UK earnings"));
        pr.put("migrants.alternative_value", Prior.logUniform(5000, 200000,
                "wide: unknown; from nothing much to a settled life elsewhere in Europe"));
        pr.put("migrants.give_up_rate", Prior.logUniform(0.002, 0.1,
                "camp stays of weeks to months (NGO reports): a daily chance between 1 in 500 and 1 in 10"));
        pr.put("policies.french_police.half_saturation", Prior.logUniform(0.5, 20,
                "police effect per officer is not measured; wide over officers per km of coast"));
        pr.put("sea.incident_rate", Prior.logUniform(0.002, 0.2,
                "wide: deaths were tens a year in thousands of boats, but how many boats have a fatal incident at the crowding threshold is unknown"));
        pr.put("sea.crowding_threshold", Prior.uniform(35, 80,
                "90% of shipwrecks involved boats with 50 or more aboard (Prefecture maritime, 2024); the threshold lies around there"));
        pr.put("gangs.boat_stock_max", Prior.uniform(3, 40,
                "wide: boats a gang keeps ready is not reported; bounds the surge on the first calm day (busiest days)"));
        pr.put("gangs.crowding_response", Prior.logUniform(0.05, 5,
                "wide: how strongly seizures crowd more people into each boat is unknown"));
        pr.put("gangs.boat_supply_per_day", Prior.logRandomWalk(0.02, 1.0, 0.7, 5,
                "a latent yearly series (the supply chain of boats and engines, which grew with the trade and which seizures disrupt; issue 14 replaced the yearly loads by it): in 2018 a few dozen boats a year in all (about 0.02 a day per gang at the reference count), about 0.3 by 2022-24 (some 1,300 boats used by about 15 gangs); a yearly log-step of sd 0.7"));
        for (String k : pr.keySet()) if (!l.stream().anyMatch(p -> p.key().equals(k))) throw new IllegalStateException("prior for unknown key " + k);
        PRIORS = Collections.unmodifiableMap(pr);

        // the range an interactive control offers (the GUI's sliders): the values a user explores, inside
        // the wider range that validation accepts
        Map<String, double[]> shown = new LinkedHashMap<>();
        shown.put("policies.french_police.officers", new double[]{0, 3000});
        shown.put("policies.one_in_one_out.returns_per_week", new double[]{0, 2000});
        shown.put("policies.illegal_working.enforcement", new double[]{0, 5});
        DISPLAY = Collections.unmodifiableMap(shown);

        ALL = Collections.unmodifiableList(l);
        Map<String, ParamSpec> m = new LinkedHashMap<>();
        for (ParamSpec p : l) m.put(p.key(), p);
        BY_KEY = Collections.unmodifiableMap(m);
    }

    private ParameterRegistry() {}

    public static List<ParamSpec> all() { return ALL; }

    /** The prior of a parameter the calibration may move, or null when it has none (it is then fixed). */
    public static Prior prior(String key) {
        Prior p = PRIORS.get(key);
        if (p == null && isGroupShare(key)) p = PRIORS.get(GROUP_SHARE);
        return p;
    }

    /** True for {@code migrants.groups.<name>.share} of a concrete group (not the template). */
    public static boolean isGroupShare(String key) {
        String[] p = key.split("\\.");
        return p.length == 4 && p[0].equals("migrants") && p[1].equals("groups") && p[3].equals("share") && !p[2].equals("*");
    }

    /** Every prior, by key, in the order above. */
    public static Map<String, Prior> priors() { return PRIORS; }

    /** The spec of a concrete key, resolving {@code migrants.groups.<name>.attr} to its template; null if unknown. */
    public static ParamSpec find(String key) {
        ParamSpec p = BY_KEY.get(key);
        if (p != null) return p;
        String[] parts = key.split("\\.");
        if (parts.length == 4 && parts[0].equals("migrants") && parts[1].equals("groups"))
            return BY_KEY.get("migrants.groups.*." + parts[3]);
        return null;
    }

    /**
     * The range a control in the GUI offers for a numeric key: a narrower range where one is declared
     * above (what users explore), else the validation range.
     */
    public static double[] displayRange(String key) {
        double[] d = DISPLAY.get(key);
        if (d != null) return d.clone();
        ParamSpec p = find(key);
        if (p == null) throw new IllegalArgumentException("unknown parameter " + key);
        return new double[]{p.min(), p.max()};
    }

    /** Default value of a group attribute for one of the default groups, else the template default. */
    public static Object groupDefault(String group, String attribute) {
        int g = DEFAULT_GROUPS.indexOf(group), a = GROUP_ATTRIBUTES.indexOf(attribute);
        if (g >= 0 && a >= 0) return DEFAULT_GROUP_VALUES[g][a];
        return BY_KEY.get("migrants.groups.*." + attribute).defaultValue();
    }

    private static void num(List<ParamSpec> l, String k, double def, String unit, double min, double max, String meaning, String source) {
        l.add(new ParamSpec(k, ParamType.NUMBER, def, unit, min, max, meaning, source));
    }

    private static void integer(List<ParamSpec> l, String k, long def, String unit, double min, double max, String meaning, String source) {
        l.add(new ParamSpec(k, ParamType.INTEGER, def, unit, min, max, meaning, source));
    }

    private static void bool(List<ParamSpec> l, String k, boolean def, String meaning, String source) {
        l.add(new ParamSpec(k, ParamType.BOOLEAN, def, "", 0, 1, meaning, source));
    }

    private static void date(List<ParamSpec> l, String k, String def, String meaning, String source) {
        l.add(new ParamSpec(k, ParamType.DATE, LocalDate.parse(def), "date", 0, 0, meaning, source));
    }

    /** An end date that may be left empty in a file (meaning none: {@link #NO_END}). */
    private static void dateOrNone(List<ParamSpec> l, String k, String meaning) {
        l.add(new ParamSpec(k, ParamType.OPTIONAL_DATE, NO_END, "date", 0, 0, meaning, "empty (no end) unless a study or scenario sets it; " + NO_END + " stands for none"));
    }

    private static void text(List<ParamSpec> l, String k, String def, String meaning, String source) {
        l.add(new ParamSpec(k, ParamType.TEXT, def, "", 0, 0, meaning, source));
    }

}
