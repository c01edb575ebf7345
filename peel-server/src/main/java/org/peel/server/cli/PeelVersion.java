package org.peel.server.cli;

import picocli.CommandLine.IVersionProvider;

class PeelVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PeelVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Peel " + (version == null ? "(development build)" : version)};
    }
}
