package org.tandai.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, falling back to "dev" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Tandai " + (v == null ? "dev" : v)};
    }
}
