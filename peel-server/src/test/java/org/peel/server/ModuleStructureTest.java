package org.peel.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void modulesOnlyUseEachOthersPublicApisAndHaveNoCycles() {
        ApplicationModules.of(PeelApplication.class).verify();
    }
}
