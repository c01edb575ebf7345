package org.peel.server.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps a person's addresses as history when their record changes. An address the change leaves out is not deleted:
 * it stays, ended on the day of the change (or on the day it had already ended). A new address is current from the
 * day of the change unless the officer gave its dates. The result lists current addresses first, in the order sent,
 * then former ones, the most recently ended first.
 */
final class AddressHistory {

    private AddressHistory() {
    }

    /** The addresses after a change that sent {@code sent} to a record holding {@code before}. */
    static List<Address> changed(List<Address> before, List<Address> sent, LocalDate today) {
        List<Address> current = new ArrayList<>();
        List<Address> former = new ArrayList<>();
        boolean[] kept = new boolean[before.size()];
        for (Address address : sent) {
            int match = match(before, kept, address);
            Address stored;
            if (match >= 0) {
                kept[match] = true;
                Address was = before.get(match);
                stored = new Address(address.lines(), address.town(), address.postcode(),
                        address.from() != null ? address.from() : was.from(),
                        address.to() != null ? address.to() : was.to());
            } else {
                stored = new Address(address.lines(), address.town(), address.postcode(),
                        address.from() != null || address.to() != null ? address.from() : today, address.to());
            }
            (stored.isCurrent() ? current : former).add(stored);
        }
        for (int i = 0; i < before.size(); i++) {
            if (!kept[i]) {
                Address left = before.get(i);
                former.add(left.isCurrent() ? new Address(left.lines(), left.town(), left.postcode(), left.from(),
                        left.from() != null && left.from().isAfter(today) ? left.from() : today) : left);
            }
        }
        former.sort(Comparator.comparing(Address::to).reversed());
        List<Address> all = new ArrayList<>(current);
        all.addAll(former);
        return all;
    }

    /** The addresses after adding {@code added} to a record holding {@code before}: places not yet on record, current from today. */
    static List<Address> added(List<Address> before, List<Address> added, LocalDate today) {
        List<Address> current = new ArrayList<>();
        for (Address address : added) {
            boolean known = before.stream().anyMatch(held -> held.samePlaceAs(address) && held.isCurrent())
                    || current.stream().anyMatch(held -> held.samePlaceAs(address));
            if (!known) {
                current.add(new Address(address.lines(), address.town(), address.postcode(),
                        address.from() != null ? address.from() : today, address.to()));
            }
        }
        List<Address> all = new ArrayList<>(current);
        all.addAll(before);
        return changed(before, all, today);
    }

    /** The first address of {@code before} not yet kept that is the same place and period as {@code address}. */
    private static int match(List<Address> before, boolean[] kept, Address address) {
        for (int i = 0; i < before.size(); i++) {
            Address was = before.get(i);
            if (!kept[i] && was.samePlaceAs(address)
                    && (address.to() == null ? was.isCurrent() : was.isCurrent() || address.to().equals(was.to()))) {
                return i;
            }
        }
        return -1;
    }
}
