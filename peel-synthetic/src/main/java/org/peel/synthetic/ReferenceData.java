package org.peel.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** All the data files, read once on first use and shared by every population and name variation. */
final class ReferenceData {

    private final UkNames ukNames;
    private final WeightedChoice<Origin> origins;
    private final List<Origin> allOrigins;
    private final Spellings spellings;
    private final Nicknames nicknames;
    private final Addresses addresses;

    private ReferenceData() {
        WeightedChoice.Builder<Origin> weighted = WeightedChoice.builder();
        List<Origin> all = new ArrayList<>();
        Set<String> ownForenames = new HashSet<>();
        Set<String> sharedForenames = new HashSet<>();
        for (String[] fields : ReferenceFile.rows("origins.csv", 2)) {
            Origin origin = Origin.read(fields[0]);
            weighted.add(origin, Double.parseDouble(fields[1]));
            all.add(origin);
            origin.ownForenames().forEach(name -> ownForenames.add(name.toLowerCase(Locale.ROOT)));
            origin.sharedForenames().forEach(name -> sharedForenames.add(name.toLowerCase(Locale.ROOT)));
        }
        ownForenames.removeAll(sharedForenames);
        ukNames = UkNames.read(ownForenames);
        origins = weighted.build();
        allOrigins = List.copyOf(all);
        spellings = Spellings.read(allOrigins);
        nicknames = Nicknames.read();
        addresses = Addresses.read();
    }

    private static final class Holder {
        static final ReferenceData INSTANCE = new ReferenceData();
    }

    static ReferenceData get() {
        return Holder.INSTANCE;
    }

    UkNames ukNames() {
        return ukNames;
    }

    Origin origin(SplittableRandom random) {
        return origins.pick(random);
    }

    List<Origin> origins() {
        return allOrigins;
    }

    Spellings spellings() {
        return spellings;
    }

    Nicknames nicknames() {
        return nicknames;
    }

    Addresses addresses() {
        return addresses;
    }
}
