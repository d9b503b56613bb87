package channelsim.model;

/**
 * A view of one live migrant for inspectors and tests: the model keeps migrants in arrays, and this
 * reads one live index. Indices move as migrants leave, so a view is for looking, not for keeping.
 */
public final class Migrant {
    private final MigrantPool pool;
    private final int slot;
    private final Params params;

    /** Live migrant k of the pool (0 <= k < pool.size()). */
    Migrant(MigrantPool pool, int k, Params params) {
        this.pool = pool;
        this.slot = k;
        this.params = params;
    }

    public int getId() { return pool.id(slot); }

    public String getState() { return MigrantState.VALUES[pool.state(slot)].name(); }

    public String getGroup() { return params.groupName(pool.group(slot)); }

    public String getCamp() { return Geography.CAMPS.get(pool.camp(slot)).name(); }

    public boolean isUkLinks() { return (pool.flags(slot) & MigrantPool.F_UK_LINKS) != 0; }

    public boolean isFirstEntryRecord() { return (pool.flags(slot) & MigrantPool.F_FIRST_ENTRY) != 0; }

    public boolean isReturnee() { return (pool.flags(slot) & MigrantPool.F_RETURNEE) != 0; }

    public double getMoney() { return pool.value(slot, PoolSide.MONEY); }

    public double getRiskTolerance() { return pool.value(slot, PoolSide.RISK_TOL); }

    public double getBeliefSuccess() { return pool.value(slot, PoolSide.B_SUCCESS); }

    public double getBeliefReturn() { return pool.value(slot, PoolSide.B_RETURN); }

    public double getBeliefDeath() { return pool.value(slot, PoolSide.B_DEATH); }

    public double getBeliefJob() { return pool.value(slot, PoolSide.B_JOB); }

    public int getAttempts() { return pool.aux(slot, PoolSide.ATTEMPTS); }

    @Override
    public String toString() { return "Migrant " + getId() + " (" + getGroup() + ", " + getState() + ")"; }
}
