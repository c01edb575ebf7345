package org.peel.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Realistic re-keyings of a name, the kind of differences found between two records of one person. Benchmarks use
 * it to build queries by varying real population members.
 *
 * <pre>{@code
 * NameVariation variation = NameVariation.withSeed(7);
 * SyntheticName query = variation.vary(new SyntheticName("Robert James", "Smith-Jones"));
 * // e.g. "Bob James Smith-Jones", "Robert Jmaes Smith-Jones", "R Smith-Jones", "Robert James Jones" ...
 * }</pre>
 *
 * <p>An instance keeps one random sequence, so the same seed and the same calls give the same variations. It is not
 * safe to share between threads: give each thread its own, with its own seed.
 */
public final class NameVariation {

    /** The kinds of variation, each a difference often seen between two records of the same person. */
    public enum Kind {
        /** Two neighbouring letters swapped: Jmaes. */
        TYPO_TRANSPOSITION,
        /** One letter left out: Jmes. */
        TYPO_DELETION,
        /** One letter replaced by a neighbour on the keyboard: Jamrs. */
        TYPO_SUBSTITUTION,
        /** Spelt as it sounds, or another known spelling or transliteration: Filip, Muhammad, Wojcik. */
        PHONETIC_RESPELLING,
        /** The familiar form of a forename or, the other way, its formal form: Bob for Robert, Robert for Bob. */
        NICKNAME_OR_FORMAL,
        /** Forenames recorded as surname and surname as forenames. */
        SWAPPED_FORENAME_AND_SURNAME,
        /** Only the initial of the first forename: R Smith. */
        INITIAL_ONLY,
        /** One part of a double-barrelled surname: Jones for Smith-Jones. */
        ONE_PART_OF_DOUBLE_BARRELLED_SURNAME,
        /** A middle name left out: Robert Smith for Robert James Smith. */
        DROPPED_MIDDLE_NAME
    }

    private static final Kind[] KINDS = Kind.values();
    private static final Map<Character, String> KEYBOARD_NEIGHBOURS = Map.ofEntries(
            Map.entry('q', "wa"), Map.entry('w', "qes"), Map.entry('e', "wrd"), Map.entry('r', "etf"),
            Map.entry('t', "ryg"), Map.entry('y', "tuh"), Map.entry('u', "yij"), Map.entry('i', "uok"),
            Map.entry('o', "ipl"), Map.entry('p', "ol"), Map.entry('a', "qsz"), Map.entry('s', "adwx"),
            Map.entry('d', "sfex"), Map.entry('f', "dgrc"), Map.entry('g', "fhtv"), Map.entry('h', "gjyb"),
            Map.entry('j', "hkun"), Map.entry('k', "jlim"), Map.entry('l', "kop"), Map.entry('z', "xa"),
            Map.entry('x', "zcs"), Map.entry('c', "xvd"), Map.entry('v', "cbf"), Map.entry('b', "vng"),
            Map.entry('n', "bmh"), Map.entry('m', "nj"));
    /** Prefixes joined to an Arabic surname by a hyphen, which do not make it double-barrelled (Al-Masri). */
    private static final List<String> SURNAME_PARTICLES = List.of("al", "el", "abdul", "abd", "bin", "ben");

    private final SplittableRandom random;
    private final ReferenceData data;

    private NameVariation(long seed) {
        this.random = new SplittableRandom(seed);
        this.data = ReferenceData.get();
    }

    /** A variation whose random choices follow from this seed. */
    public static NameVariation withSeed(long seed) {
        return new NameVariation(seed);
    }

    /**
     * One variation of the name, of a kind chosen at random among those that apply to it (a name without a middle
     * name cannot lose one). The result always differs from the name, except for a name too short for any variation
     * (such as "A B"), which is returned as it is.
     */
    public SyntheticName vary(SyntheticName name) {
        int[] order = new int[KINDS.length];
        for (int i = 0; i < order.length; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        for (int kind : order) {
            Optional<SyntheticName> varied = vary(name, KINDS[kind]);
            if (varied.isPresent()) {
                return varied.get();
            }
        }
        return name;
    }

    /** A variation of the given kind, different from the name, or empty when that kind does not apply to it. */
    public Optional<SyntheticName> vary(SyntheticName name, Kind kind) {
        Optional<SyntheticName> varied = switch (kind) {
            case TYPO_TRANSPOSITION, TYPO_DELETION, TYPO_SUBSTITUTION -> typo(name, kind);
            case PHONETIC_RESPELLING -> respelling(name);
            case NICKNAME_OR_FORMAL -> otherForm(name);
            case SWAPPED_FORENAME_AND_SURNAME -> Optional.of(new SyntheticName(name.surname(), name.forenames()));
            case INITIAL_ONLY -> initialOnly(name);
            case ONE_PART_OF_DOUBLE_BARRELLED_SURNAME -> onePartOfSurname(name);
            case DROPPED_MIDDLE_NAME -> droppedMiddleName(name);
        };
        return varied.filter(different -> !different.equals(name));
    }

    /** A typo in the first forename or the surname, whichever the coin picks and the typo fits. */
    private Optional<SyntheticName> typo(SyntheticName name, Kind kind) {
        String forename = Aliases.firstForename(name.forenames());
        boolean surnameFirst = random.nextBoolean();
        for (int part = 0; part < 2; part++) {
            boolean inSurname = surnameFirst == (part == 0);
            Optional<String> typed = typo(inSurname ? name.surname() : forename, kind);
            if (typed.isPresent()) {
                return Optional.of(inSurname
                        ? new SyntheticName(name.forenames(), typed.get())
                        : new SyntheticName(Aliases.replaceFirstForename(name.forenames(), typed.get()),
                                name.surname()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> typo(String part, Kind kind) {
        return switch (kind) {
            case TYPO_TRANSPOSITION -> transposition(part);
            case TYPO_DELETION -> deletion(part);
            default -> substitution(part);
        };
    }

    private Optional<String> transposition(String part) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i + 1 < part.length(); i++) {
            char a = part.charAt(i);
            char b = part.charAt(i + 1);
            if (Character.isLetter(a) && Character.isLetter(b) && Character.toLowerCase(a) != Character.toLowerCase(b)) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        int at = places.get(random.nextInt(places.size()));
        char[] letters = part.toCharArray();
        // Keep the capital at the front: "James" becomes "Ajmes", not "aJmes".
        char first = letters[at];
        char second = letters[at + 1];
        if (at == 0) {
            letters[0] = Character.toUpperCase(second);
            letters[1] = Character.toLowerCase(first);
        } else {
            letters[at] = second;
            letters[at + 1] = first;
        }
        return Optional.of(new String(letters));
    }

    private Optional<String> deletion(String part) {
        if (part.length() < 2) {
            return Optional.empty();
        }
        int at = random.nextInt(part.length());
        String deleted = part.substring(0, at) + part.substring(at + 1);
        return Optional.of(at == 0 ? NameCase.capitaliseFirst(deleted) : deleted);
    }

    private Optional<String> substitution(String part) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < part.length(); i++) {
            if (KEYBOARD_NEIGHBOURS.containsKey(Character.toLowerCase(part.charAt(i)))) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        int at = places.get(random.nextInt(places.size()));
        char original = part.charAt(at);
        String neighbours = KEYBOARD_NEIGHBOURS.get(Character.toLowerCase(original));
        char replacement = neighbours.charAt(random.nextInt(neighbours.length()));
        if (Character.isUpperCase(original)) {
            replacement = Character.toUpperCase(replacement);
        }
        return Optional.of(part.substring(0, at) + replacement + part.substring(at + 1));
    }

    /** A known other spelling of the first forename or surname if there is one, else a phonetic respelling. */
    private Optional<SyntheticName> respelling(SyntheticName name) {
        String forename = Aliases.firstForename(name.forenames());
        boolean surnameFirst = random.nextBoolean();
        for (int part = 0; part < 2; part++) {
            boolean inSurname = surnameFirst == (part == 0);
            String original = inSurname ? name.surname() : forename;
            List<String> known = data.spellings().alternatives(original);
            Optional<String> respelt = known.isEmpty()
                    ? data.spellings().respell(original, random)
                    : Optional.of(known.get(random.nextInt(known.size())));
            if (respelt.isPresent() && !respelt.get().equals(original)) {
                return Optional.of(inSurname
                        ? new SyntheticName(name.forenames(), respelt.get())
                        : new SyntheticName(Aliases.replaceFirstForename(name.forenames(), respelt.get()),
                                name.surname()));
            }
        }
        return Optional.empty();
    }

    private Optional<SyntheticName> otherForm(SyntheticName name) {
        List<String> forms = data.nicknames().otherForms(Aliases.firstForename(name.forenames()));
        if (forms.isEmpty()) {
            return Optional.empty();
        }
        String form = forms.get(random.nextInt(forms.size()));
        return Optional.of(new SyntheticName(Aliases.replaceFirstForename(name.forenames(), form), name.surname()));
    }

    private static Optional<SyntheticName> initialOnly(SyntheticName name) {
        if (name.forenames().length() < 2) {
            return Optional.empty();
        }
        return Optional.of(new SyntheticName(name.forenames().substring(0, 1), name.surname()));
    }

    private Optional<SyntheticName> onePartOfSurname(SyntheticName name) {
        String surname = name.surname();
        int hyphen = surname.indexOf('-');
        if (hyphen <= 0 || hyphen == surname.length() - 1
                || SURNAME_PARTICLES.contains(surname.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String part = random.nextBoolean() ? surname.substring(0, hyphen) : surname.substring(hyphen + 1);
        return Optional.of(new SyntheticName(name.forenames(), part));
    }

    private Optional<SyntheticName> droppedMiddleName(SyntheticName name) {
        String[] forenames = name.forenames().split(" ");
        if (forenames.length < 2) {
            return Optional.empty();
        }
        int dropped = 1 + random.nextInt(forenames.length - 1);
        StringBuilder kept = new StringBuilder(forenames[0]);
        for (int i = 1; i < forenames.length; i++) {
            if (i != dropped) {
                kept.append(' ').append(forenames[i]);
            }
        }
        return Optional.of(new SyntheticName(kept.toString(), name.surname()));
    }
}
