package org.ketapath;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KetaPathApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void treatment_is_a_module_that_reads_appointments_through_schedulings_api_only() {
        var treatment = modules.getModuleByName("treatment").orElseThrow();
        var names = treatment
                .getDirectDependencies(modules)
                .uniqueModules()
                .map(m -> m.getIdentifier().toString())
                .toList();
        assertThat(names).contains("audit", "scheduling").isSubsetOf("audit", "platform", "scheduling");
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
