package org.peel.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of names known to be the same name: nicknames (Bob, Robert) and spellings (Mohamed, Muhammad). A name can
 * be in several groups ("ron" is short for Aaron, Ronald and Veronica). Two names are variants when they share a group.
 */
final class NameVariants {

    private static final int[] NONE = new int[0];

    private final Map<String, int[]> groupsByName;
    private final VariantKind[] kindOfGroup;

    /** @param groups rows of {kind, head, space-separated members} */
    NameVariants(List<String[]> groups) {
        Map<String, List<Integer>> collecting = new HashMap<>();
        kindOfGroup = new VariantKind[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            String[] row = groups.get(g);
            kindOfGroup[g] = row[0].equals("nickname") ? VariantKind.NICKNAME : VariantKind.SPELLING;
            for (String member : row[2].split(" ")) {
                collecting.computeIfAbsent(member, m -> new ArrayList<>()).add(g);
            }
        }
        groupsByName = new HashMap<>(collecting.size() * 2);
        collecting.forEach((name, ids) -> groupsByName.put(name,
                ids.stream().mapToInt(Integer::intValue).distinct().sorted().toArray()));
    }

    /** Keys of the groups a normalised name is in, for the index: "n12" (nickname group), "s907" (spelling group). */
    List<String> groupKeys(String name) {
        int[] groups = groupsByName.getOrDefault(name, NONE);
        List<String> keys = new ArrayList<>(groups.length);
        for (int group : groups) {
            keys.add((kindOfGroup[group] == VariantKind.NICKNAME ? "n" : "s") + Integer.toString(group, 36));
        }
        return keys;
    }

    /** Whether a key from {@link #groupKeys} is of a nickname group (surnames are searched by spelling groups only). */
    static boolean isNicknameGroupKey(String groupKey) {
        return groupKey.charAt(0) == 'n';
    }

    /**
     * How two different normalised names are the same name, or null when they are not known to be. Nicknames count
     * for forenames only: surnames are compared with {@code spellingsOnly}.
     */
    VariantKind relation(String a, String b, boolean spellingsOnly) {
        int[] left = groupsByName.getOrDefault(a, NONE);
        int[] right = groupsByName.getOrDefault(b, NONE);
        VariantKind found = null;
        for (int i = 0, j = 0; i < left.length && j < right.length; ) {
            if (left[i] == right[j]) {
                if (kindOfGroup[left[i]] == VariantKind.NICKNAME) {
                    if (!spellingsOnly) {
                        return VariantKind.NICKNAME;
                    }
                } else {
                    found = VariantKind.SPELLING;
                }
                i++;
                j++;
            } else if (left[i] < right[j]) {
                i++;
            } else {
                j++;
            }
        }
        return found;
    }

    boolean isKnown(String name) {
        return groupsByName.containsKey(name);
    }

    @Override
    public String toString() {
        return "NameVariants[" + groupsByName.size() + " names in " + kindOfGroup.length + " groups]";
    }
}
