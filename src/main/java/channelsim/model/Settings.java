package channelsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every parameter of a run as typed fields, one class per YAML block ({@link RunSettings},
 * {@link MigrantSettings}, {@link GangSettings}, {@link HomeOfficeSettings}, {@link WeatherSettings},
 * {@link SeaSettings}, and the policy blocks in {@link PolicySettings}). This is how a parameter reaches
 * an agent: the block's class is the only code that names its keys, and it is re-read from {@link Params}
 * only when they change (a new run, a timeline step, the GUI), so agents read plain fields in their loops.
 */
public final class Settings {
    public final RunSettings run = new RunSettings();
    public final MigrantSettings migrants = new MigrantSettings();
    public final GangSettings gangs = new GangSettings();
    public final HomeOfficeSettings homeOffice = new HomeOfficeSettings();
    public final WeatherSettings weather = new WeatherSettings();
    public final SeaSettings sea = new SeaSettings();
    public final PolicySettings policies = new PolicySettings();
    private final List<BlockSettings> blocks = new ArrayList<>();
    private Params seen;
    private int version;

    public Settings() {
        blocks.addAll(List.of(run, migrants, gangs, homeOffice, weather, sea));
        blocks.addAll(policies.blocks());
    }

    /** Brings every block up to date with p (cheap when nothing changed); returns this. */
    public Settings refresh(Params p) {
        if (p == seen && p.version() == version) return this;
        seen = p;
        version = p.version();
        for (BlockSettings b : blocks) b.read(p);
        return this;
    }

    /** A snapshot of p, for code that reads a run's parameters outside the model (reports, displays). */
    public static Settings of(Params p) { return new Settings().refresh(p); }
}
