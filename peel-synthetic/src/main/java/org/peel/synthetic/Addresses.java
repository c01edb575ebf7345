package org.peel.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up addresses: a house number, a street from the stems and kinds of streets.txt, and a real town from
 * towns.csv with a postcode in that town's postcode area.
 */
final class Addresses {

    /** Letters that may end a UK postcode (C, I, K, M, O and V are never used there). */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private record Town(String name, String area, int firstDistrict, int lastDistrict) {
    }

    private final WeightedChoice<Town> towns;
    private final List<String> streetStems;
    private final WeightedChoice<String> streetKinds;

    private Addresses(WeightedChoice<Town> towns, List<String> streetStems, WeightedChoice<String> streetKinds) {
        this.towns = towns;
        this.streetStems = streetStems;
        this.streetKinds = streetKinds;
    }

    static Addresses read() {
        WeightedChoice.Builder<Town> towns = WeightedChoice.builder();
        for (String[] fields : ReferenceFile.rows("towns.csv", 5)) {
            towns.add(new Town(fields[0], fields[1], Integer.parseInt(fields[2]), Integer.parseInt(fields[3])),
                    Double.parseDouble(fields[4]));
        }
        List<String> stems = new ArrayList<>();
        WeightedChoice.Builder<String> kinds = WeightedChoice.builder();
        String section = "";
        for (String line : ReferenceFile.lines("streets.txt")) {
            String entries = line;
            if (line.startsWith("stems:") || line.startsWith("kinds:")) {
                section = line.substring(0, 5);
                entries = line.substring(6);
            }
            for (String entry : entries.split(",")) {
                String text = entry.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (section.equals("stems")) {
                    stems.add(text);
                } else {
                    int space = text.lastIndexOf(' ');
                    kinds.add(text.substring(0, space), Double.parseDouble(text.substring(space + 1)));
                }
            }
        }
        return new Addresses(towns.build(), List.copyOf(stems), kinds.build());
    }

    SyntheticAddress address(SplittableRandom random) {
        int houseNumber = random.nextInt(100) < 70 ? random.nextInt(1, 60) : random.nextInt(1, 400);
        String street = houseNumber + " " + streetStems.get(random.nextInt(streetStems.size())) + " "
                + streetKinds.pick(random);
        Town town = towns.pick(random);
        String postcode = town.area() + random.nextInt(town.firstDistrict(), town.lastDistrict() + 1) + " "
                + random.nextInt(1, 10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
        return new SyntheticAddress(street, town.name(), postcode);
    }
}
