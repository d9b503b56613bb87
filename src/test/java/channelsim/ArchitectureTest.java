package channelsim;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of docs/ARCHITECTURE.md, enforced on the compiled classes: cli on top; experiment,
 * calibration, sensitivity, bench and gui below it; then output, policy, model and config. A class may
 * use its own layer and those below, never one above, and the packages form no cycle. Calibration,
 * sensitivity and bench may use experiment's replicate runner, and sensitivity the calibration's free
 * parameters and measures; experiment uses none of them.
 */
@AnalyzeClasses(packages = "channelsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointDownwardsOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("channelsim.cli..")
            .layer("experiment").definedBy("channelsim.experiment..")
            .layer("calibration").definedBy("channelsim.calibration..")
            .layer("sensitivity").definedBy("channelsim.sensitivity..")
            .layer("bench").definedBy("channelsim.bench..")
            .layer("gui").definedBy("channelsim.gui..")
            .layer("output").definedBy("channelsim.output..")
            .layer("policy").definedBy("channelsim.policy..")
            .layer("model").definedBy("channelsim.model..")
            .layer("config").definedBy("channelsim.config..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("gui").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("calibration").mayOnlyBeAccessedByLayers("cli", "bench", "sensitivity")
            .whereLayer("sensitivity").mayOnlyBeAccessedByLayers("cli", "bench")
            .whereLayer("experiment").mayOnlyBeAccessedByLayers("cli", "calibration", "sensitivity", "bench")
            .whereLayer("output").mayOnlyBeAccessedByLayers("cli", "experiment", "calibration", "sensitivity", "bench", "gui")
            .whereLayer("policy").mayOnlyBeAccessedByLayers("cli", "experiment", "calibration", "sensitivity", "bench", "gui", "output")
            .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "experiment", "calibration", "sensitivity", "bench", "gui", "output", "policy");

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("channelsim.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyClassIsInALayer = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .should().resideInAnyPackage("channelsim.cli..", "channelsim.experiment..", "channelsim.calibration..",
                    "channelsim.sensitivity..", "channelsim.bench..", "channelsim.gui..", "channelsim.output..",
                    "channelsim.policy..", "channelsim.model..", "channelsim.config..")
            .as("every class of ChannelSim belongs to one of the layers");
}
