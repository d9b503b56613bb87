package channelsim.model;

/**
 * The {@code weather.} block: seasons and spells of crossing conditions. The one place these keys are named: agents read
 * the typed fields, refreshed when the parameters change (see {@link Settings}). Defaults, ranges and
 * sources are in {@code channelsim.config.ParameterRegistry}.
 */
public final class WeatherSettings extends BlockSettings {
    public static final String RED_SHARE_WINTER = "weather.red_share_winter";
    public static final String RED_SHARE_SUMMER = "weather.red_share_summer";
    public static final String SPELL_DAYS = "weather.spell_days";
    public static final String QUALITY_WINTER = "weather.quality_winter";
    public static final String QUALITY_SPREAD = "weather.quality_spread";
    public static final String QUALITY_SUMMER = "weather.quality_summer";
    public static final String RED_PEAK_DAY = "weather.red_peak_day";
    public static final String AMBER_QUALITY = "weather.amber_quality";
    public static final String CALM_SPELL_FACTOR = "weather.calm_spell_factor";

    /** share of red days (crossing unlikely) at the stormiest time of year, red_peak_day (share). */
    @Key(RED_SHARE_WINTER)
    public double redShareWinter;
    /** share of red days at the calmest time of year, half a year from red_peak_day (share). */
    @Key(RED_SHARE_SUMMER)
    public double redShareSummer;
    /** mean length of a weather spell (days). */
    @Key(SPELL_DAYS)
    public double spellDays;
    /** mean crossing quality on a crossable winter day (0-1). */
    @Key(QUALITY_WINTER)
    public double qualityWinter;
    /** width of the even spread of crossing quality around the seasonal mean (0-1). */
    @Key(QUALITY_SPREAD)
    public double qualitySpread;
    /** mean crossing quality on a crossable summer day (0-1). */
    @Key(QUALITY_SUMMER)
    public double qualitySummer;
    /** day of the year when red days are likeliest (day of year). */
    @Key(RED_PEAK_DAY)
    public double redPeakDay;
    /** crossing quality below which a crossable day is amber rather than green (0-1). */
    @Key(AMBER_QUALITY)
    public double amberQuality;
    /** how many times longer a green (calm) spell lasts than a red or amber one (multiplier). */
    @Key(CALM_SPELL_FACTOR)
    public double calmSpellFactor;
}
