package channelsim.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code policies.} blocks, one typed class each: what the policies (and the agents they steer) read.
 * The one place these keys are read; defaults, ranges and sources are in
 * {@code channelsim.config.ParameterRegistry}.
 */
public final class PolicySettings {
    public final FrenchPolice frenchPolice = new FrenchPolice();
    public final UkFunding ukFunding = new UkFunding();
    public final OneInOneOut oneInOneOut = new OneInOneOut();
    public final ReturnAll returnAll = new ReturnAll();
    public final IllegalWorking illegalWorking = new IllegalWorking();
    public final ReturnsHubs returnsHubs = new ReturnsHubs();
    public final ThirdCountryRemoval thirdCountryRemoval = new ThirdCountryRemoval();
    public final MedFiveTransfer medFiveTransfer = new MedFiveTransfer();
    public final EuSuspension euSuspension = new EuSuspension();

    /** Every policy block, for refreshing. */
    List<BlockSettings> blocks() { return List.of(frenchPolice, ukFunding, oneInOneOut, returnAll, illegalWorking, returnsHubs, thirdCountryRemoval, medFiveTransfer, euSuspension); }

    /** The {@code policies.french_police.} block. */
    public static final class FrenchPolice extends BlockSettings {
        public static final String OFFICERS = "policies.french_police.officers";
        public static final String PREVENTION_MAX = "policies.french_police.prevention_max";
        public static final String HALF_SATURATION = "policies.french_police.half_saturation";
        public static final String PATROL_ADAPTATION = "policies.french_police.patrol_adaptation";
        public static final String MARITIME_DOCTRINE = "policies.french_police.maritime_doctrine";
        public static final String SHALLOW_WATER_RATE = "policies.french_police.shallow_water_rate";
        public static final String SHALLOW_WATER_TAXI_FACTOR = "policies.french_police.shallow_water_taxi_factor";
        public static final String SHALLOW_WATER_BOAT_FACTOR = "policies.french_police.shallow_water_boat_factor";
        public static final String SHALLOW_WATER_HARM = "policies.french_police.shallow_water_harm";
        public static final String RESCUE_SHARE = "policies.french_police.rescue_share";
        public static final String START = "policies.french_police.start";
        public static final String END = "policies.french_police.end";
        public static final String UK_COST_PER_OFFICER_YEAR = "policies.french_police.uk_cost_per_officer_year";
        public static final String DOCTRINE_COST_PER_YEAR = "policies.french_police.doctrine_cost_per_year";
        public static final String REALLOCATION_DAYS = "policies.french_police.reallocation_days";
        public static final String LAUNCHES_PER_OFFICER_DAY = "policies.french_police.launches_per_officer_day";

        /** French officers deployed on the coast (officers). */
        @Key(OFFICERS)
        public double officers;
        /** most launches from one beach that police can stop (share). */
        @Key(PREVENTION_MAX)
        public double preventionMax;
        /** officers per km of coast at which prevention is half its maximum (diminishing returns) (officers/km). */
        @Key(HALF_SATURATION)
        public double halfSaturation;
        /** share of officers sent where launches were recently (rest spread by coast length) (share). */
        @Key(PATROL_ADAPTATION)
        public double patrolAdaptation;
        /** police may stop boats and taxi boats in shallow water. */
        @Key(MARITIME_DOCTRINE)
        public boolean maritimeDoctrine;
        /** under the doctrine, share of boats stopped in shallow water at full patrol strength (share). */
        @Key(SHALLOW_WATER_RATE)
        public double shallowWaterRate;
        /** shallow-water stop rate of taxi boats relative to shallow_water_rate (multiplier). */
        @Key(SHALLOW_WATER_TAXI_FACTOR)
        public double shallowWaterTaxiFactor;
        /** shallow-water stop rate of boats launched from the beach relative to shallow_water_rate (multiplier). */
        @Key(SHALLOW_WATER_BOAT_FACTOR)
        public double shallowWaterBoatFactor;
        /** chance a shallow-water intervention causes a death (1/boat). */
        @Key(SHALLOW_WATER_HARM)
        public double shallowWaterHarm;
        /** share of boats at sea turned back to France in rescue operations (share). */
        @Key(RESCUE_SHARE)
        public double rescueShare;
        /** First day this block is in force. */
        @Key(START)
        public LocalDate start;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
        /** UK money per French officer on the coast and year (GBP/officer-year). */
        @Key(UK_COST_PER_OFFICER_YEAR)
        public double ukCostPerOfficerYear;
        /** UK cost of the maritime doctrine while in force (GBP/year). */
        @Key(DOCTRINE_COST_PER_YEAR)
        public double doctrineCostPerYear;
        /** time scale over which patrols follow launches to new beaches and waterways (days). */
        @Key(REALLOCATION_DAYS)
        public double reallocationDays;
        /** launches a day one officer's share of a patrol can deal with (boats/officer/day). */
        @Key(LAUNCHES_PER_OFFICER_DAY)
        public double launchesPerOfficerDay;
    }

    /** The {@code policies.uk_funding.} block. */
    public static final class UkFunding extends BlockSettings {
        public static final String GBP_MILLION_PER_YEAR = "policies.uk_funding.gbp_million_per_year";
        public static final String BASELINE_GBP_MILLION = "policies.uk_funding.baseline_gbp_million";
        public static final String OFFICERS_PER_GBP_MILLION = "policies.uk_funding.officers_per_gbp_million";
        public static final String HIRING_DELAY_DAYS = "policies.uk_funding.hiring_delay_days";
        public static final String START = "policies.uk_funding.start";
        public static final String END = "policies.uk_funding.end";

        /** UK funding to France for policing the coast (GBP m/year). */
        @Key(GBP_MILLION_PER_YEAR)
        public double gbpMillionPerYear;
        /** funding already reflected in the officer count (GBP m/year). */
        @Key(BASELINE_GBP_MILLION)
        public double baselineGbpMillion;
        /** extra officers bought by each extra £1m a year (officers per GBP m/year). */
        @Key(OFFICERS_PER_GBP_MILLION)
        public double officersPerGbpMillion;
        /** time for funding to become officers on the beaches (days). */
        @Key(HIRING_DELAY_DAYS)
        public double hiringDelayDays;
        /** First day this block is in force. */
        @Key(START)
        public LocalDate start;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
    }

    /** The {@code policies.one_in_one_out.} block. */
    public static final class OneInOneOut extends BlockSettings {
        public static final String ENABLED = "policies.one_in_one_out.enabled";
        public static final String START = "policies.one_in_one_out.start";
        public static final String RETURNS_PER_WEEK = "policies.one_in_one_out.returns_per_week";
        public static final String ELIGIBILITY_DAYS = "policies.one_in_one_out.eligibility_days";
        public static final String LEGAL_INTAKE_RATIO = "policies.one_in_one_out.legal_intake_ratio";
        public static final String SCALE_UP_TO = "policies.one_in_one_out.scale_up_to";
        public static final String REVIEW_DAYS = "policies.one_in_one_out.review_days";
        public static final String PROOF_OF_CONCEPT_DELIVERY = "policies.one_in_one_out.proof_of_concept_delivery";
        public static final String PROOF_OF_CONCEPT_DROP = "policies.one_in_one_out.proof_of_concept_drop";
        public static final String COST_PER_RETURN = "policies.one_in_one_out.cost_per_return";
        public static final String END = "policies.one_in_one_out.end";
        public static final String COST_PER_LEGAL_ADMISSION = "policies.one_in_one_out.cost_per_legal_admission";

        /** UK returns some recent arrivals to France and admits the same number with UK links. */
        @Key(ENABLED)
        public boolean enabled;
        /** date the returns begin (date). */
        @Key(START)
        public LocalDate start;
        /** returns to France a week (scaled) (people/week). */
        @Key(RETURNS_PER_WEEK)
        public double returnsPerWeek;
        /** arrivals landed within this many days can be selected for return (days). */
        @Key(ELIGIBILITY_DAYS)
        public int eligibilityDays;
        /** people admitted by the legal route per person returned (people/return). */
        @Key(LEGAL_INTAKE_RATIO)
        public double legalIntakeRatio;
        /** returns a week after a successful proof of concept (0: never scaled) (people/week). */
        @Key(SCALE_UP_TO)
        public double scaleUpTo;
        /** length of the pilot before the scale-up review (days). */
        @Key(REVIEW_DAYS)
        public int reviewDays;
        /** share of planned returns that must have been carried out for scale-up (share). */
        @Key(PROOF_OF_CONCEPT_DELIVERY)
        public double proofOfConceptDelivery;
        /** fall of weekly arrivals (vs the weeks before start) also required for scale-up (share). */
        @Key(PROOF_OF_CONCEPT_DROP)
        public double proofOfConceptDrop;
        /** cost of detaining and returning one person to France (GBP). */
        @Key(COST_PER_RETURN)
        public double costPerReturn;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
        /** cost of one legal admission (GBP). */
        @Key(COST_PER_LEGAL_ADMISSION)
        public double costPerLegalAdmission;
    }

    /** The {@code policies.return_all.} block. */
    public static final class ReturnAll extends BlockSettings {
        public static final String ENABLED = "policies.return_all.enabled";
        public static final String START = "policies.return_all.start";
        public static final String CAPACITY_PER_WEEK = "policies.return_all.capacity_per_week";
        public static final String DETENTION_PLACES = "policies.return_all.detention_places";
        public static final String PARTNER_ACCEPTANCE_PER_WEEK = "policies.return_all.partner_acceptance_per_week";
        public static final String END = "policies.return_all.end";

        /** every small-boat arrival is returned to France. */
        @Key(ENABLED)
        public boolean enabled;
        /** date returning every arrival begins (date). */
        @Key(START)
        public LocalDate start;
        /** most returns a week under return-all (scaled) (people/week). */
        @Key(CAPACITY_PER_WEEK)
        public double capacityPerWeek;
        /** detention places the scheme adds for people awaiting return (scaled) (places). */
        @Key(DETENTION_PLACES)
        public double detentionPlaces;
        /** returns a week France agrees to accept beyond the Home Office default (scaled) (people/week). */
        @Key(PARTNER_ACCEPTANCE_PER_WEEK)
        public double partnerAcceptancePerWeek;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
    }

    /** The {@code policies.illegal_working.} block. */
    public static final class IllegalWorking extends BlockSettings {
        public static final String ENFORCEMENT = "policies.illegal_working.enforcement";
        public static final String JOB_CHANCE_BASE = "policies.illegal_working.job_chance_base";
        public static final String EFFECT = "policies.illegal_working.effect";
        public static final String START = "policies.illegal_working.start";
        public static final String END = "policies.illegal_working.end";
        public static final String COST_PER_YEAR = "policies.illegal_working.cost_per_year";

        /** illegal-working enforcement (arrests), 1.0 = 2025 level (x 2025 level). */
        @Key(ENFORCEMENT)
        public double enforcement;
        /** chance of finding illegal work in the UK with no enforcement (share). */
        @Key(JOB_CHANCE_BASE)
        public double jobChanceBase;
        /** job chance falls as exp(-effect x enforcement) (per unit). */
        @Key(EFFECT)
        public double effect;
        /** First day this block is in force. */
        @Key(START)
        public LocalDate start;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
        /** yearly cost of enforcement at the 2025 level (GBP/year). */
        @Key(COST_PER_YEAR)
        public double costPerYear;
    }

    /** The {@code policies.returns_hubs.} block. */
    public static final class ReturnsHubs extends BlockSettings {
        public static final String ENABLED = "policies.returns_hubs.enabled";
        public static final String START = "policies.returns_hubs.start";
        public static final String CAPACITY_PER_WEEK = "policies.returns_hubs.capacity_per_week";
        public static final String COST_PER_REMOVAL = "policies.returns_hubs.cost_per_removal";
        public static final String END = "policies.returns_hubs.end";
        public static final String FIXED_COST_PER_YEAR = "policies.returns_hubs.fixed_cost_per_year";

        /** refused asylum seekers are removed to hubs in third countries. */
        @Key(ENABLED)
        public boolean enabled;
        /** date hub removals begin (date). */
        @Key(START)
        public LocalDate start;
        /** hub removals a week (scaled) (people/week). */
        @Key(CAPACITY_PER_WEEK)
        public double capacityPerWeek;
        /** cost of one removal to a hub (GBP). */
        @Key(COST_PER_REMOVAL)
        public double costPerRemoval;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
        /** payments while hubs operate (GBP/year). */
        @Key(FIXED_COST_PER_YEAR)
        public double fixedCostPerYear;
    }

    /** The {@code policies.third_country_removal.} block. */
    public static final class ThirdCountryRemoval extends BlockSettings {
        public static final String ELIGIBILITY_DAYS = "policies.third_country_removal.eligibility_days";
        public static final String ENABLED = "policies.third_country_removal.enabled";
        public static final String START = "policies.third_country_removal.start";
        public static final String CAPACITY_PER_WEEK = "policies.third_country_removal.capacity_per_week";
        public static final String COST_PER_REMOVAL = "policies.third_country_removal.cost_per_removal";
        public static final String END = "policies.third_country_removal.end";
        public static final String FIXED_COST_PER_YEAR = "policies.third_country_removal.fixed_cost_per_year";

        /** arrivals landed within this many days can be removed (days). */
        @Key(ELIGIBILITY_DAYS)
        public int eligibilityDays;
        /** Rwanda-like scheme: arrivals are removed to a third country whatever their claim. */
        @Key(ENABLED)
        public boolean enabled;
        /** date removals begin (date). */
        @Key(START)
        public LocalDate start;
        /** removals a week (scaled) (people/week). */
        @Key(CAPACITY_PER_WEEK)
        public double capacityPerWeek;
        /** cost of one removal (GBP). */
        @Key(COST_PER_REMOVAL)
        public double costPerRemoval;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
        /** payments while the scheme runs (GBP/year). */
        @Key(FIXED_COST_PER_YEAR)
        public double fixedCostPerYear;
    }

    /** The {@code policies.med_five_transfer.} block. */
    public static final class MedFiveTransfer extends BlockSettings {
        public static final String ENABLED = "policies.med_five_transfer.enabled";
        public static final String TRANSFER_SHARE = "policies.med_five_transfer.transfer_share";
        public static final String START = "policies.med_five_transfer.start";
        public static final String END = "policies.med_five_transfer.end";

        /** France sends returnees with a first-entry record on to Italy, Spain, Greece, Malta or Cyprus. */
        @Key(ENABLED)
        public boolean enabled;
        /** share of returnees with a first-entry record who are sent on (share). */
        @Key(TRANSFER_SHARE)
        public double transferShare;
        /** First day this block is in force. */
        @Key(START)
        public LocalDate start;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
    }

    /** The {@code policies.eu_suspension.} block. */
    public static final class EuSuspension extends BlockSettings {
        public static final String ENABLED = "policies.eu_suspension.enabled";
        public static final String DATE = "policies.eu_suspension.date";
        public static final String HAZARD_PER_YEAR = "policies.eu_suspension.hazard_per_year";
        public static final String START = "policies.eu_suspension.start";
        public static final String END = "policies.eu_suspension.end";

        /** the EU suspends the bilateral scheme on a date. */
        @Key(ENABLED)
        public boolean enabled;
        /** date the scheme is suspended (date). */
        @Key(DATE)
        public LocalDate date;
        /** yearly chance the EU blocks the scheme at a random date once it runs (1/year). */
        @Key(HAZARD_PER_YEAR)
        public double hazardPerYear;
        /** First day this block is in force. */
        @Key(START)
        public LocalDate start;
        /** Last day this block is in force ({@code ParameterRegistry.NO_END} when none). */
        @Key(END)
        public LocalDate end;
    }
}
