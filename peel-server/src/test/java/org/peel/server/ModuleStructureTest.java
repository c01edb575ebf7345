package org.peel.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PeelApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApisAndTheirAllowedDependenciesAndHaveNoCycles() {
        MODULES.verify();
    }

    /** The module diagrams (PlantUML) and one canvas per module, in target/spring-modulith-docs. */
    @Test
    void theModuleDiagramsAreWrittenIntoTheBuildOutput() {
        new Documenter(MODULES).writeDocumentation();
    }
}
